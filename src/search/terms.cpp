#include "search/terms.h"

#include "core/utf8.h"
#include "store/text_layer.h"

namespace marsad::search {
namespace {

// Byte offset of every code point of `text` (and one past the end).
std::vector<uint32_t> byte_offsets(std::string_view text) {
  std::vector<uint32_t> out;
  out.reserve(text.size() + 1);
  for (uint32_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) out.push_back(i);
  out.push_back(static_cast<uint32_t>(text.size()));
  return out;
}

// The stem key of a word; the whole key when the segmenter found no stem.
std::u32string_view stem_of(const Analyzed& a, const Token& t) {
  return t.kind == TokenKind::kWord && t.seg.stem_length ? a.stem_key(t) : a.key(t);
}

// ولي (as in ولي العهد) reads as و + ل + ي: a one-letter stem is a particle nearly every
// document has, so such a word is indexed and searched by its exact form, in bodies too.
bool needs_exact_form(std::u32string_view stem) { return stem.size() < 2; }

// FTS5 drops empty terms, which would shift every later position: keep one character.
std::string term_text(std::u32string_view key) { return key.empty() ? std::string("_") : utf8::encode(key); }

}  // namespace

std::vector<store::IndexTerm> index_terms(const Analyzed& a, Field field) {
  bool exact_forms = field == Field::kTitle;
  std::vector<store::IndexTerm> out;
  out.reserve(a.tokens.size() * (exact_forms ? 2 : 1));
  std::vector<uint32_t> bytes = byte_offsets(a.document->text);
  auto byte_at = [&](uint32_t cp) { return bytes[std::min<size_t>(cp, bytes.size() - 1)]; };
  for (const Token& t : a.tokens) {
    if (!store::is_indexed(t.kind)) continue;
    uint32_t start = byte_at(t.span.start), end = byte_at(t.span.end);
    std::u32string_view stem = stem_of(a, t);
    out.push_back({term_text(stem), start, end, false});
    if (t.kind == TokenKind::kWord && (exact_forms || needs_exact_form(stem)))
      out.push_back({"=" + term_text(a.key(t)), start, end, true});
  }
  return out;
}

std::vector<QueryWord> query_words(const Analyzed& a) {
  std::vector<QueryWord> out;
  for (const Token& t : a.tokens) {
    if (!store::is_indexed(t.kind)) continue;
    QueryWord w{utf8::encode(a.surface(t)), term_text(stem_of(a, t)), ""};
    if (t.kind == TokenKind::kWord) {
      w.exact = "=" + term_text(a.key(t));
      if (needs_exact_form(stem_of(a, t))) w.stem.clear();
    }
    out.push_back(std::move(w));
  }
  return out;
}

}  // namespace marsad::search

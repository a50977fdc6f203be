#include "text/sentences.h"

#include "text/chars.h"

namespace marsad {
namespace {

bool is_closing(char32_t c) {
  return c == U'"' || c == U'\'' || c == U')' || c == U']' || c == U'»' || c == U'”' || c == U'’' || c == U'}';
}

bool line_break_between(std::u32string_view text, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i < to; ++i)
    if (chars::is_line_break(text[i])) return true;
  return false;
}

}  // namespace

std::vector<SentenceRange> split_sentences(std::u32string_view text, const std::vector<RawToken>& tokens) {
  std::vector<SentenceRange> sentences;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  uint32_t first = 0;
  for (uint32_t i = 0; i < n; ++i) {
    bool end = false;
    const RawToken& tok = tokens[i];
    if (tok.kind == TokenKind::kPunct && chars::is_sentence_end(text[tok.edited.start])) {
      // أ.ف.ب: a one-letter word before a full stop is an initial, not a sentence.
      bool initial = text[tok.edited.start] == U'.' && i > 0 && tokens[i - 1].kind == TokenKind::kWord &&
                     tokens[i - 1].edited.size() == 1 && tokens[i - 1].edited.end == tok.edited.start;
      end = !initial;
      while (end && i + 1 < n && tokens[i + 1].kind == TokenKind::kPunct && is_closing(text[tokens[i + 1].edited.start]) &&
             !line_break_between(text, tok.edited.end, tokens[i + 1].edited.start))
        ++i;
    }
    if (!end && i + 1 < n && line_break_between(text, tokens[i].edited.end, tokens[i + 1].edited.start)) end = true;
    if (end || i + 1 == n) {
      sentences.push_back({first, i + 1});
      first = i + 1;
    }
  }
  return sentences;
}

}  // namespace marsad

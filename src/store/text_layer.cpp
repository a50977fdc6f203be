#include "store/text_layer.h"

#include <cstring>

#include "store/record.h"

namespace marsad::store {
namespace {

void put32(std::string& out, uint32_t v) {
  char b[4] = {char(v), char(v >> 8), char(v >> 16), char(v >> 24)};
  out.append(b, 4);
}
uint32_t get32(const char* p) {
  auto u = reinterpret_cast<const unsigned char*>(p);
  return u[0] | u[1] << 8 | u[2] << 16 | uint32_t(u[3]) << 24;
}

}  // namespace

std::string pack_sentences(const Analyzed& a) {
  std::string out;
  out.reserve(a.sentences.size() * 8);
  for (const Sentence& s : a.sentences) {
    put32(out, s.span.start);
    put32(out, s.span.end);
  }
  return out;
}

// Varints, as in SQLite and protobuf: 7 bits a byte, the high bit says "more".
void put_varint(std::string& out, uint32_t v) {
  while (v >= 0x80) {
    out.push_back(char(v | 0x80));
    v >>= 7;
  }
  out.push_back(char(v));
}
uint32_t get_varint(std::string_view blob, size_t& i) {
  uint32_t v = 0;
  for (int shift = 0; i < blob.size() && shift < 35; shift += 7) {
    auto b = static_cast<unsigned char>(blob[i++]);
    v |= uint32_t(b & 0x7F) << shift;
    if (!(b & 0x80)) break;
  }
  return v;
}

std::string pack_tokens(const Analyzed& a) {
  std::string out;
  out.reserve(a.tokens.size() * 5);
  uint32_t previous_end = 0;
  for (const Token& t : a.tokens) {
    put_varint(out, t.span.start - std::min(previous_end, t.span.start));
    put_varint(out, t.span.size());
    out.push_back(char(t.kind));
    out.push_back(char(t.seg.stem_start));
    out.push_back(char(t.seg.stem_length));
    previous_end = t.span.end;
  }
  return out;
}

std::vector<Span> unpack_sentences(std::string_view blob) {
  std::vector<Span> out;
  for (size_t i = 0; i + 8 <= blob.size(); i += 8) out.push_back({get32(&blob[i]), get32(&blob[i + 4])});
  return out;
}

std::vector<TokenRow> unpack_tokens(std::string_view blob) {
  std::vector<TokenRow> out;
  out.reserve(blob.size() / 5);
  uint32_t previous_end = 0;
  for (size_t i = 0; i < blob.size();) {
    uint32_t start = previous_end + get_varint(blob, i);
    uint32_t end = start + get_varint(blob, i);
    if (i + 3 > blob.size()) break;
    out.push_back({{start, end}, uint8_t(blob[i]), uint8_t(blob[i + 1]), uint8_t(blob[i + 2])});
    i += 3;
    previous_end = end;
  }
  return out;
}

Record make_record(Extraction extraction, const Analyzed& a) {
  Record r;
  r.extraction = std::move(extraction);
  r.sentences = pack_sentences(a);
  r.tokens = pack_tokens(a);
  r.repairs = a.repairs;
  r.length = static_cast<uint32_t>(a.original.size());
  for (const Token& t : a.tokens) r.words += t.kind == TokenKind::kWord;
  return r;
}

}  // namespace marsad::store

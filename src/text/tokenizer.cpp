#include "text/tokenizer.h"

#include <unicode/uchar.h>

#include "text/chars.h"

namespace marsad {
namespace {

bool starts_url(std::u32string_view s) {
  if (s.empty() || (s[0] != U'h' && s[0] != U'w')) return false;  // most tokens: one comparison
  return s.starts_with(U"http://") || s.starts_with(U"https://") || s.starts_with(U"www.");
}

bool in_arabic_word(char32_t c) {
  if (c >= 0x0621 && c <= 0x0652) return true;  // letters and harakat: the common case
  return chars::is_arabic_word_char(c) || c == 0x200C || c == 0x200D;
}
bool in_latin_word(char32_t c) { return chars::is_latin_letter(c) || chars::is_ascii_digit(c); }
// Inside a number, between digits: 3.5، 2,000، 10:30، 25/10/2016، ٣٫٥
bool number_joiner(char32_t c) { return c == U'.' || c == U',' || c == U':' || c == U'/' || c == 0x066B || c == 0x066C; }

}  // namespace

std::vector<RawToken> tokenize(std::u32string_view t) {
  std::vector<RawToken> tokens;
  tokens.reserve(t.size() / 5);
  const uint32_t n = static_cast<uint32_t>(t.size());
  uint32_t i = 0;
  while (i < n) {
    char32_t c = t[i];
    if (chars::is_space(c) || chars::is_invisible(c)) {
      ++i;
      continue;
    }
    uint32_t start = i;
    TokenKind kind;
    if (starts_url(t.substr(i))) {
      while (i < n && !chars::is_space(t[i])) ++i;
      while (i > start + 1 && (t[i - 1] == U'.' || t[i - 1] == U',' || t[i - 1] == U')' || t[i - 1] == U'،')) --i;
      kind = TokenKind::kUrl;
    } else if (chars::is_arabic_letter(c) || chars::is_tatweel(c)) {
      while (i < n && in_arabic_word(t[i])) ++i;
      kind = TokenKind::kWord;
    } else if (chars::is_digit(c)) {
      while (i < n && (chars::is_digit(t[i]) || (number_joiner(t[i]) && i + 1 < n && chars::is_digit(t[i + 1])))) ++i;
      kind = TokenKind::kNumber;
    } else if (chars::is_latin_letter(c)) {
      while (i < n && (in_latin_word(t[i]) ||
                       ((t[i] == U'-' || t[i] == U'.' || t[i] == U'\'') && i + 1 < n && in_latin_word(t[i + 1]))))
        ++i;
      kind = TokenKind::kLatin;
    } else if (chars::is_diacritic(c)) {  // a stray mark: attach to nothing, skip
      ++i;
      continue;
    } else if (u_ispunct(static_cast<UChar32>(c))) {
      while (i < n && t[i] == c) ++i;  // ... and ؟؟ stay one token
      kind = TokenKind::kPunct;
    } else {
      ++i;
      kind = TokenKind::kSymbol;
    }
    tokens.push_back({{start, i}, kind});
  }
  return tokens;
}

}  // namespace marsad

#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "core/utf8.h"
#include "text/chars.h"

namespace marsad {
namespace {

char32_t fold_arabic(char32_t c) {
  switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673: return 0x0627;  // alef forms
    case 0x0649: return 0x064A;                        // ى → ي
    case 0x0629: return 0x0647;                        // ة → ه
    case 0x0624: return 0x0648;                        // ؤ → و
    case 0x0626: return 0x064A;                        // ئ → ي
    case 0x06A9: case 0x06AA: return 0x0643;           // ک ڪ → ك
    case 0x06CC: case 0x06CD: case 0x06D0: case 0x06D2: return 0x064A;  // ی ۍ ې ے → ي
    case 0x06D5: case 0x06C1: case 0x06BE: return 0x0647;               // ە ہ ھ → ه
    case 0x06C0: case 0x06C2: return 0x0647;
    default: return c;
  }
}

}  // namespace

namespace {

char32_t fold_arabic_block(char32_t c) {
  if (chars::is_diacritic(c) || chars::is_tatweel(c) || c == 0x061C) return 0;
  if (chars::is_arabic_indic_digit(c)) return chars::ascii_digit(c);
  return fold_arabic(c);
}

std::array<char16_t, 256> arabic_block_table() {
  std::array<char16_t, 256> table{};
  for (char32_t c = 0; c < 256; ++c) table[c] = static_cast<char16_t>(fold_arabic_block(0x0600 + c));
  return table;
}

}  // namespace

const std::array<char16_t, 256> kArabicBlockFold = arabic_block_table();

char32_t fold_for_key_slow(char32_t c) {
  if (c >= 0x0600 && c <= 0x06FF) return fold_arabic_block(c);
  if (c < 0x80) return (c >= U'A' && c <= U'Z') ? c + 32 : c;
  if (chars::is_invisible(c)) return 0;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  return c;
}

void append_key(std::u32string_view word, std::u32string& out, std::u32string* origin) {
  for (uint32_t i = 0; i < word.size(); ++i) {
    char32_t c = word[i];
    if (chars::is_arabic_presentation_form(c)) {  // ﻷ → لا: two key characters from one
      for (char32_t d : nfkc(std::u32string_view(&word[i], 1))) {
        if (char32_t f = fold_for_key(d)) {
          out.push_back(f);
          if (origin) origin->push_back(i);
        }
      }
      continue;
    }
    if (char32_t f = fold_for_key(c)) {
      out.push_back(f);
      if (origin) origin->push_back(i);
    }
  }
}

std::u32string key(std::u32string_view word) {
  std::u32string out;
  out.reserve(word.size());
  append_key(word, out);
  return out;
}

std::u32string nfkc(std::u32string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString in = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()),
                                                        static_cast<int32_t>(text.size()));
  icu::UnicodeString out;
  if (U_SUCCESS(status)) normalizer->normalize(in, out, status);
  if (U_FAILURE(status)) return std::u32string(text);
  std::u32string result;
  for (int32_t i = 0; i < out.length();) {
    UChar32 c = out.char32At(i);
    result.push_back(static_cast<char32_t>(c));
    i += U16_LENGTH(c);
  }
  return result;
}

std::string key_utf8(std::string_view word_utf8) { return utf8::encode(key(utf8::decode(word_utf8))); }

}  // namespace marsad

// Match keys: the form of a word used to compare, look up and index it. Kept apart from the
// text users see, which stays as written.
//
// What folds (Lucene's ArabicNormalizer, plus what it misses):
//   harakat, tatweel, zero-width and bidi controls      → removed
//   أ إ آ ٱ ٲ ٳ  → ا        ى → ي        ة → ه        ؤ → و   ئ → ي (hamza on a seat)
//   ک → ك   ی ۍ ې → ي   ە ہ → ه   ڪ → ك               (Persian/Urdu letters)
//   ٠-٩ ۰-۹ → 0-9       Latin → lower case
//   presentation forms (ﻻ ﺍ …) → their letters (NFKC)
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace marsad {

// Folds one character; returns 0 when the character is dropped from keys. Inline: it runs on
// every character of every word.
char32_t fold_for_key_slow(char32_t c);
extern const std::array<char16_t, 256> kArabicBlockFold;  // U+0600..U+06FF → folded (0: dropped)
inline char32_t fold_for_key(char32_t c) {
  if (c >= 0x0600 && c <= 0x06FF) return kArabicBlockFold[c - 0x0600];
  if (c < 0x80) return (c >= U'A' && c <= U'Z') ? c + 32 : c;
  return fold_for_key_slow(c);
}

// Appends the key of `word` to `out`. If `origin` is not null, appends for each key character
// the index in `word` it came from (so a range of the key can be found in the surface).
void append_key(std::u32string_view word, std::u32string& out, std::u32string* origin = nullptr);

std::u32string key(std::u32string_view word);
// Unicode NFKC (ICU): presentation forms → letters (ﻻ → لا); harakat are kept.
std::u32string nfkc(std::u32string_view text);
std::string key_utf8(std::string_view word_utf8);

}  // namespace marsad

// Character classes of Arabic news text. Small inline predicates: they run on every character.
#pragma once

namespace marsad::chars {

// Harakat, shadda, sukun, tanween, dagger alef, Quranic marks: dropped from match keys.
inline bool is_diacritic(char32_t c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED) ||
         (c >= 0x0610 && c <= 0x061A);
}
inline bool is_tatweel(char32_t c) { return c == 0x0640; }

// A base Arabic letter (not a mark, digit or punctuation), including Persian/Urdu letters
// that turn up in Arabic text (ک ی پ چ گ ژ).
inline bool is_arabic_letter(char32_t c) {
  return (c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3) ||
         c == 0x06D5 || (c >= 0x06EE && c <= 0x06EF) || (c >= 0x06FA && c <= 0x06FC) || c == 0x06FF ||
         (c >= 0x0750 && c <= 0x077F);
}
// Presentation forms (from PDFs and old software): NFKC turns them into base letters.
inline bool is_arabic_presentation_form(char32_t c) {
  return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF && c != 0xFEFF);
}
// Anything that can be part of an Arabic word.
inline bool is_arabic_word_char(char32_t c) {
  return is_arabic_letter(c) || is_diacritic(c) || is_tatweel(c);
}

inline bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
inline bool is_arabic_indic_digit(char32_t c) { return (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9); }
inline bool is_digit(char32_t c) { return is_ascii_digit(c) || is_arabic_indic_digit(c); }
inline char32_t ascii_digit(char32_t c) {
  if (c >= 0x0660 && c <= 0x0669) return U'0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return U'0' + (c - 0x06F0);
  return c;
}

inline bool is_latin_letter(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= 0x00C0 && c <= 0x024F && c != 0xD7 && c != 0xF7);
}

// Zero-width and bidi controls that editors leave inside words: ignored in keys.
inline bool is_invisible(char32_t c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F || c == 0x061C ||
         c == 0xFEFF || c == 0x00AD || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

inline bool is_line_break(char32_t c) { return c == U'\n' || c == U'\r' || c == 0x2028 || c == 0x2029 || c == 0x0085; }
inline bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == 0x00A0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
         c == 0x205F || c == 0x0B || c == 0x0C || is_line_break(c);
}

// Marks a word may open with, glued to a conjunction before them (و"حزب، و«داعش»، و(…)): a
// quotation or an aside. Straight quotes and ” are written on both sides.
inline bool opens_quote_or_aside(char32_t c) {
  return c == U'"' || c == U'\'' || c == U'“' || c == U'”' || c == U'«' || c == U'(';
}

// Quotation marks, of either side: « » " “ ”.
inline bool is_quote_mark(char32_t c) { return c == U'«' || c == U'»' || c == U'"' || c == U'“' || c == U'”'; }

// Marks that close a quotation: » and the straight and right double quotes.
inline bool closes_quote(char32_t c) { return c == U'»' || c == U'"' || c == U'”'; }

// The Arabic and the Latin comma.
inline bool is_comma(char32_t c) { return c == U'،' || c == U','; }

// Marks that end a sentence: . ! ? and the Arabic question mark ؟, the Arabic full stop ۔, …
inline bool is_sentence_end(char32_t c) {
  return c == U'.' || c == U'!' || c == U'?' || c == 0x061F || c == 0x06D4 || c == 0x2026;
}

}  // namespace marsad::chars

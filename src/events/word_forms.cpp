#include "events/word_forms.h"

#include <algorithm>

#include "core/utf8.h"
#include "text/normalize.h"

namespace marsad {
namespace {

constexpr size_t kMinStem = 2;

bool starts_imperfect(std::u32string_view s) {
  return !s.empty() && (s[0] == U'ي' || s[0] == U'ت' || s[0] == U'ن' || s[0] == U'ا');
}

// The enclitics of the contract, longest first (هما before هم before ه).
constexpr std::u32string_view kEnclitics[] = {U"هما", U"هم", U"هن", U"ها", U"نا", U"ه"};

struct Builder {
  std::vector<WordReading>* out;
  void add(std::u32string_view stem, uint8_t bits) {
    if (stem.size() < kMinStem) return;
    for (const auto& r : *out)
      if (r.stem == stem && r.clitics == bits) return;
    out->push_back({std::u32string(stem), bits});
  }
  // The stem after the proclitics: the bare stem, then each enclitic reading of it.
  void add_with_suffixes(std::u32string_view stem, uint8_t bits, bool ta_marbuta) {
    add(stem, bits);
    // Tanwin alif: هجوما → هجوم (not after ه: مصالحها is مصالح + ها). The alif marks the
    // accusative, which no preposition or article allows: بعدما is no ب + عدم + alif.
    if (stem.size() > kMinStem + 1 && stem.back() == U'ا' && stem[stem.size() - 2] != U'ه' &&
        !(bits & (kPreposition | kArticle)))
      add(stem.substr(0, stem.size() - 1), bits | kTanwin);
    if (bits & kArticle) return;  // the article takes no pronoun suffix
    for (auto enc : kEnclitics) {
      if (stem.size() < enc.size() + kMinStem || stem.substr(stem.size() - enc.size()) != enc) continue;
      if (enc == U"ه" && ta_marbuta) continue;
      auto base = stem.substr(0, stem.size() - enc.size());
      uint8_t b = bits | kEnclitic;
      add(base, b);
      std::u32string restored(base);
      if (base.back() == U'ت') {  // سيطرتها → سيطرة
        restored.back() = U'ه';
        add(restored, b);
      } else if (base.back() == U'ا') {  // تبناه → تبنى
        restored.back() = U'ي';
        add(restored, b);
      }
    }
  }
};

}  // namespace

bool accepts(WordClass word_class, uint8_t clitics) {
  switch (word_class) {
    case WordClass::kVerb: return !(clitics & kArticle) && (!(clitics & kPreposition) || (clitics & kLam));
    case WordClass::kNoun: return !(clitics & kFuture);
    case WordClass::kAny: return true;
  }
  return true;
}

std::vector<WordReading> word_readings(std::u32string_view key, bool ta_marbuta) {
  std::vector<WordReading> out;
  Builder b{&out};
  // Proclitic chains in slot order: (و|ف)? (ب|ل|ك|س)? (ال)?, and لل = ل + ال.
  for (int conj = 0; conj < 2; ++conj) {
    std::u32string_view w = key;
    uint8_t bits = 0;
    if (conj) {
      if (w.size() < kMinStem + 1 || (w[0] != U'و' && w[0] != U'ف')) continue;
      w.remove_prefix(1);
      bits |= kConjunction;
    }
    b.add_with_suffixes(w, bits, ta_marbuta);
    // Preposition or future particle.
    if (w.size() > kMinStem) {
      char32_t c = w[0];
      auto rest = w.substr(1);
      if (c == U'س' && starts_imperfect(rest)) b.add_with_suffixes(rest, bits | kFuture, ta_marbuta);
      if (c == U'ب' || c == U'ك' || c == U'ل') {
        uint8_t prep = bits | kPreposition | (c == U'ل' ? kLam : 0);
        b.add_with_suffixes(rest, prep, ta_marbuta);
        if (rest.size() > kMinStem + 1 && rest.substr(0, 2) == U"ال")
          b.add_with_suffixes(rest.substr(2), prep | kArticle, ta_marbuta);
        // لل: ل + ال with the alif dropped (للتشديد → تشديد, التشديد).
        if (c == U'ل' && rest.size() > kMinStem && rest[0] == U'ل') {
          b.add_with_suffixes(rest.substr(1), prep | kArticle, ta_marbuta);
          b.add_with_suffixes(U"ا" + std::u32string(rest), prep, ta_marbuta);
        }
      }
    }
    if (w.size() > kMinStem + 1 && w.substr(0, 2) == U"ال")
      b.add_with_suffixes(w.substr(2), bits | kArticle, ta_marbuta);
  }
  // Least stripped first: by the number of letters removed, stable among equals.
  std::stable_sort(out.begin(), out.end(), [&](const WordReading& a, const WordReading& b) {
    return a.stem.size() > b.stem.size();
  });
  return out;
}

std::u32string lexicon_key(std::string_view word_utf8) { return key(utf8::decode(word_utf8)); }

std::vector<std::u32string> lexicon_words(std::string_view phrase_utf8) {
  std::vector<std::u32string> words;
  size_t i = 0;
  while (i < phrase_utf8.size()) {
    size_t j = phrase_utf8.find(' ', i);
    if (j == std::string_view::npos) j = phrase_utf8.size();
    if (j > i) {
      auto k = lexicon_key(phrase_utf8.substr(i, j - i));
      if (!k.empty()) words.push_back(std::move(k));
    }
    i = j + 1;
  }
  return words;
}

}  // namespace marsad

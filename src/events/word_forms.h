// The readings of one word for the event lexicons: its match key with clitics stripped in
// every way the matching contract of data/events/triggers.tsv allows, least stripped first.
//
//   وبقصفها → وبقصفها, بقصفها, قصفها, قصف (+ها)          سيعقد → سيعقد, يعقد (+س)
//   للتشديد → للتشديد, تشديد, التشديد (لل = ل + ال)       هجوما → هجوم (tanwin)
//   سيطرتها → سيطرت, سيطره (ة restored)                    تبناه → تبنا, تبني (ى restored)
//
// Every lexicon of the stage (triggers, modality cues, relation words, time words, anchor
// keywords) compares words through these readings, so a clitic or a conjugation suffix never
// hides a word from one lexicon and not from another.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace marsad {

// Which clitics a reading took off, as bits.
enum CliticBits : uint8_t {
  kConjunction = 1,   // و ف
  kPreposition = 2,   // ب ل ك
  kFuture = 4,        // س (only before an imperfect)
  kArticle = 8,       // ال
  kEnclitic = 16,     // ه ها هم هما هن نا
  kTanwin = 32,       // accusative alif
  kLam = 64,          // the preposition was ل (verbs take it: ليعقد)
};

struct WordReading {
  std::u32string stem;  // match key
  uint8_t clitics = 0;  // CliticBits
};

// What a lexicon row accepts (triggers.tsv `pos`): verbs take و ف ل س, nouns و ف ب ل ك ال.
enum class WordClass : uint8_t { kVerb, kNoun, kAny };
bool accepts(WordClass word_class, uint8_t clitics);

// `key`: the word's match key; `ta_marbuta`: the word is written with a final ة (its key ends
// in ه too, but that ه is no pronoun: وزارة is not و+زار+ه).
std::vector<WordReading> word_readings(std::u32string_view key, bool ta_marbuta);

// The match key of a lexicon entry written in UTF-8 (one word).
std::u32string lexicon_key(std::string_view word_utf8);
// Splits a lexicon phrase on spaces into word keys.
std::vector<std::u32string> lexicon_words(std::string_view phrase_utf8);

}  // namespace marsad

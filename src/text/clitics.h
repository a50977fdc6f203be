// Clitic segmentation: و+ال+حكومة, ب+قصف+ها, س+يعقد. Clitics are fields of a token, never
// separate tokens. The segmenter is guarded by the lexicon: it strips a clitic only when the
// rest is a word, so بشار, لافروف, وزارة and فصائل stay whole.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace marsad {

class Lexicon;

// One clitic of the closed class in data/lexicon/clitics.tsv.
struct Clitic {
  std::u32string form;        // as written: ال، و، ها
  bool proclitic = true;
  int slot = 0;               // proclitics attach in increasing slot order
  float bonus = 0;            // log-score added to a reading that uses it
  std::u32string stem_starts; // letters the stem must begin with (empty: any)
  bool no_enclitic = false;   // the article takes no pronoun suffix
};

// The clitics of one word, as offsets into its key (the key and the skeleton, its letters
// before folding, have the same length).
struct Segmentation {
  uint8_t proclitic_count = 0;
  uint8_t proclitics[3] = {0, 0, 0};  // indices into Lexicon::clitics(), in order
  uint8_t enclitic_count = 0;
  uint8_t enclitic = 0;               // index into Lexicon::clitics() when enclitic_count == 1
  uint8_t stem_start = 0;
  uint8_t stem_length = 0;
};

class CliticSegmenter {
 public:
  explicit CliticSegmenter(const Lexicon& lexicon) : lexicon_(lexicon) {}
  // `skeleton`: the word's letters without harakat or tatweel, unfolded; `key`: the same
  // letters folded (normalize.h). Words longer than 200 letters are left whole.
  // `ask_hunspell` false: stems and the whole word are judged by the counts alone (the glue
  // splitter weighs every piece of an unknown run, and only counted stems serve it there).
  Segmentation segment(std::u32string_view skeleton, std::u32string_view key, bool ask_hunspell = true) const;

 private:
  const Lexicon& lexicon_;
};

}  // namespace marsad

// Finds where a run of Arabic letters is really two words glued together: الولاياتالمتحدة,
// روسياوتركيا, المغلقةوينتظر, فيعدم. Each reading of the run gets a probability under a
// unigram word model: a word of the counts by its count, a word with clitics by its stem,
// any other string of letters (a name never seen: ميستورا، الأوروغوياني) by how much it
// looks like a word (LetterModel). The run is cut only when its pieces, paying for each
// missing space, explain it better than the run read as one word.
// A ة or ى inside a run always ends a word: they are written only at a word's end.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/clitics.h"
#include "text/letter_model.h"
#include "text/lexicon.h"

namespace marsad {

// Where a run splits: indices into its skeleton, ascending.
struct GluePoints {
  uint8_t count = 0;
  uint8_t at[6] = {};
  // How much likelier the best cut reading is than the whole word (natural log): positive
  // when the run is cut (infinite when a ة or ى inside it makes the cut certain), negative
  // when a run the lexicon does not know is kept whole, 0 for a word of the lexicon.
  float margin = 0;
  void add(size_t i) {
    if (count < sizeof(at) && i < 256) at[count++] = static_cast<uint8_t>(i);
  }
};

class GlueSplitter {
 public:
  GlueSplitter(const Lexicon& lexicon, const CliticSegmenter& segmenter)
      : lexicon_(lexicon), segmenter_(segmenter), letters_(LetterModel::shared()) {
    for (const Clitic& c : lexicon.clitics()) {
      if (c.form.empty()) continue;
      (c.proclitic ? clitic_starts_ : clitic_ends_).push_back(c.proclitic ? c.form.front() : c.form.back());
      if (c.proclitic && c.form.size() == 1) letter_proclitics_.push_back(c.form.front());
    }
  }
  // Split points of one run; none if it is one word. Runs over 255 letters are left alone.
  GluePoints split(std::u32string_view skeleton, std::u32string_view key) const;

 private:
  // Log-probability of a piece of a run as a word; `inner` holds the letter model's log
  // P(letter | the three letters before it in the run) for each letter, summed from the run's
  // start, so that a piece's letters after its third cost one subtraction. `floor`: a value
  // at or below it changes nothing for the caller, so hunspell (the costly part: ~20 µs for a
  // new word) is asked only when its bonus could lift the piece above it.
  float word_logp(std::u32string_view skeleton, std::u32string_view key, size_t start, size_t end,
                  const std::vector<float>& inner, bool whole, float floor) const;
  // The stem after the article is itself a proclitic and a word (the segmenter's reading of
  // it): اللتحقيق is not ال + لتحقيق, since لتحقيق is ل + تحقيق and the article never stands
  // before a preposition. A cut فريق|اللتحقيق then loses to فريقا|للتحقيق. (اللجنة stays
  // ال + لجنة: the segmenter keeps لجنة whole.)
  bool article_before_proclitic(const Segmentation& seg, std::u32string_view stem_skeleton,
                                std::u32string_view stem) const;
  // Adds the split points of a run with no ة or ى inside.
  void split_run(std::u32string_view skeleton, std::u32string_view key, GluePoints& points) const;

  const Lexicon& lexicon_;
  const CliticSegmenter& segmenter_;
  const LetterModel& letters_;
  // First letters of the proclitics, last letters of the enclitics: a piece with neither has
  // no clitic reading, and the segmenter need not be asked (most pieces of a run).
  std::u32string clitic_starts_, clitic_ends_;
  // The proclitics of one letter (و ف ب ك ل س): بأي is ب + أي, its hamza a stem's start.
  std::u32string letter_proclitics_;
};

}  // namespace marsad

// Finds where a run of Arabic letters is really two words glued together: الولاياتالمتحدة,
// روسياوتركيا, المغلقةوينتظر. A split is proposed only where the glued form itself is not a
// word (not in the counts, not accepted by hunspell, not explained by clitics) and both
// pieces are words; among the candidates the one with the most frequent pieces wins.
// A ة or ى inside a run always ends a word: they are written only at a word's end.
#pragma once

#include <cstdint>
#include <string_view>

#include "text/clitics.h"
#include "text/lexicon.h"

namespace marsad {

// Where a run splits: indices into its skeleton, ascending.
struct GluePoints {
  uint8_t count = 0;
  uint8_t at[6] = {};
  void add(size_t i) {
    if (count < sizeof(at) && i < 256) at[count++] = static_cast<uint8_t>(i);
  }
};

class GlueSplitter {
 public:
  GlueSplitter(const Lexicon& lexicon, const CliticSegmenter& segmenter) : lexicon_(lexicon), segmenter_(segmenter) {}
  // Split points of one run; none if it is one word. Runs over 255 letters are left alone.
  GluePoints split(std::u32string_view skeleton, std::u32string_view key) const;
  // A word: seen in the counts, accepted by hunspell, or a known stem with clitics.
  bool is_word(std::u32string_view skeleton, std::u32string_view key) const;

 private:
  // How good a word the piece is (log count); negative if it is not a word.
  float piece_score(std::u32string_view skeleton, std::u32string_view key) const;
  // Adds the split points of a run with no ة or ى inside.
  void split_run(std::u32string_view skeleton, std::u32string_view key, GluePoints& points) const;

  const Lexicon& lexicon_;
  const CliticSegmenter& segmenter_;
};

}  // namespace marsad

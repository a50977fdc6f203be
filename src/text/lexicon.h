// The Arabic word lexicon: which match keys are words, and how common they are.
//   data/lexicon/words.tsv      key → count per 10M tokens (news, Wikipedia, subtitles, names;
//                               made by scripts/build_lexicon.py)
//   data/lexicon/particles.tsv  function words never segmented (كما، لكن، كان)
//   data/lexicon/clitics.tsv    the clitic inventory and its scoring
//   data/lexicon/suffixes.tsv   endings never split off as a word (اني، ين)
//   hunspell-ar (Debian)        words the counts never saw: 170k stems with affix rules
//   data/hunspell/spelled_forms.tsv  hunspell's verdicts on the spellings of words.tsv, so that
//                               hunspell is asked only about other words (spelled_forms.h)
// Read-only after loading: one instance is shared by every thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/clitics.h"

namespace marsad {

class Lexicon {
 public:
  // Loads from `dir` (default: data_path("lexicon")). Throws std::runtime_error naming a
  // missing or malformed file.
  static std::shared_ptr<const Lexicon> load(const std::string& dir = "");
  ~Lexicon();

  // Corpus count of a match key, 0 if never seen.
  uint32_t count(std::u32string_view key) const;
  // Accepted by hunspell-ar. Takes the skeleton (unfolded letters): hunspell knows أ from ا.
  // Thread-safe; slow (~5 µs): callers memoize.
  bool spelled(std::u32string_view skeleton) const;
  bool is_particle(std::u32string_view key) const;
  // A particle that takes a pronoun suffix (لدى → لديه، لكن → لكنها).
  bool takes_pronoun(std::u32string_view key) const;
  // A word of a name in the actor gazetteer (data/aliases): بيدرسون، كيري، سيرجي، ليل.
  bool is_name(std::u32string_view key) const;
  // An inflectional ending that is never a word of its own (data/lexicon/suffixes.tsv).
  bool is_bare_suffix(std::u32string_view key) const;
  const std::vector<Clitic>& clitics() const;
  size_t size() const;

  struct Data;

 private:
  explicit Lexicon(std::unique_ptr<Data> data);
  std::unique_ptr<Data> data_;
};

}  // namespace marsad

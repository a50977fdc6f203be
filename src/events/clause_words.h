// The function words that mark the structure of a clause (data/events/clause_words.tsv):
// prepositions, relative pronouns, the particles that open a reported clause. The argument
// finder reads them to tell a verb's subject from its object.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_set>

#include "core/hash.h"

namespace marsad {

enum class ClauseWord { kPreposition, kRelative, kOpensClause, kEndsSubject, kBeforeTopic, kAgentAfterMin, kOwner, kAdverb, kDescribes,
                        kAgentHead, kMember, kNewClause, kPair, kApposition, kLeading, kNegation,
                        kTemporal, kMasculinePlace, kSide, kBranch, kWithin, kGroupHead, kPairState, kBacking,
                        kFacing, kEach, kPartitive, kOrigin, kPlacing, kOnto, kPassive, kPassiveOrDoing, kHands, kGathers, kCopula,
                        kCompanion };

class ClauseWords {
 public:
  // The words of data_dir()/events/clause_words.tsv, loaded once.
  static const ClauseWords& get();
  void load(const std::string& path);
  // Whether the match key `key` is one of the words of `kind`.
  using Words = std::unordered_set<std::u32string, U32Hash, std::equal_to<>>;
  bool is(ClauseWord kind, std::u32string_view key) const { return words(kind).contains(key); }
  const Words& words(ClauseWord kind) const { return words_[static_cast<size_t>(kind)]; }

 private:
  std::array<Words, static_cast<size_t>(ClauseWord::kCompanion) + 1> words_;
};

}  // namespace marsad

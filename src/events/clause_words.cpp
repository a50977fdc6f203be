#include "events/clause_words.h"

#include <stdexcept>

#include "core/data_dir.h"
#include "core/tsv.h"
#include "core/utf8.h"
#include "text/normalize.h"

namespace marsad {
namespace {

ClauseWord kind_named(std::string_view name, const std::string& path) {
  static const std::pair<std::string_view, ClauseWord> kNames[] = {
      {"preposition", ClauseWord::kPreposition},   {"relative", ClauseWord::kRelative},
      {"opens_clause", ClauseWord::kOpensClause},   {"ends_subject", ClauseWord::kEndsSubject},
      {"before_topic", ClauseWord::kBeforeTopic},   {"agent_after_min", ClauseWord::kAgentAfterMin},
      {"owner", ClauseWord::kOwner},               {"adverb", ClauseWord::kAdverb},
      {"describes", ClauseWord::kDescribes},       {"agent_head", ClauseWord::kAgentHead},
      {"member", ClauseWord::kMember},             {"new_clause", ClauseWord::kNewClause},
      {"pair", ClauseWord::kPair},                 {"apposition", ClauseWord::kApposition},
      {"leading", ClauseWord::kLeading},           {"negation", ClauseWord::kNegation},
      {"temporal", ClauseWord::kTemporal},         {"masculine_place", ClauseWord::kMasculinePlace},
      {"side", ClauseWord::kSide},
      {"branch", ClauseWord::kBranch},
      {"within", ClauseWord::kWithin},
      {"group_head", ClauseWord::kGroupHead},
      {"pair_state", ClauseWord::kPairState},
      {"backing", ClauseWord::kBacking},
      {"facing", ClauseWord::kFacing},
      {"each", ClauseWord::kEach},
      {"partitive", ClauseWord::kPartitive},
      {"origin", ClauseWord::kOrigin},
      {"placing", ClauseWord::kPlacing},
      {"onto", ClauseWord::kOnto},
      {"passive", ClauseWord::kPassive},
      {"passive_or_doing", ClauseWord::kPassiveOrDoing},
      {"hands", ClauseWord::kHands},
      {"gathers", ClauseWord::kGathers},
      {"copula", ClauseWord::kCopula},
      {"companion", ClauseWord::kCompanion}};
  for (const auto& [n, k] : kNames)
    if (n == name) return k;
  throw std::runtime_error(path + ": unknown kind of clause word '" + std::string(name) + "'");
}

}  // namespace

const ClauseWords& ClauseWords::get() {
  static const ClauseWords words = [] {
    ClauseWords w;
    w.load(data_path("events/clause_words.tsv"));
    return w;
  }();
  return words;
}

void ClauseWords::load(const std::string& path) {
  for_each_tsv_row(path, 2, [&](const std::vector<std::string_view>& f) {
    auto& set = words_[static_cast<size_t>(kind_named(f[0], path))];
    std::string_view forms = f[1];
    for (size_t start = 0; start <= forms.size();) {
      size_t bar = forms.find('|', start);
      if (bar == std::string_view::npos) bar = forms.size();
      if (bar > start) set.insert(key(utf8::decode(forms.substr(start, bar - start))));
      start = bar + 1;
    }
  }, /*header=*/true);
}

}  // namespace marsad

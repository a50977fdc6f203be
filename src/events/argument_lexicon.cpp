#include "events/argument_lexicon.h"

#include "core/tsv.h"

namespace marsad {

void ArgumentLexicon::load(const std::string& tsv) {
  for_each_tsv_row(tsv, 3, [&](const std::vector<std::string_view>& f) {
    if (f[0] == "root" || f[0] == "source") {
      if (f.size() < 3) return;
      std::vector<ArgumentSlot> slots;
      for (auto p : split(f[2], '|')) slots.push_back({ArgumentSlot::Kind::kPreposition, lexicon_key(p)});
      (f[0] == "root" ? roots_ : root_sources_).emplace_back(std::string(f[1]), std::move(slots));
      return;
    }
    if (f[0] == "opponent" || f[0] == "concerns") {
      for (auto prefix : split(f[1], '|')) (f[0] == "opponent" ? opponent_ : concerns_).emplace_back(prefix);
      return;
    }
    if (f[0] == "issue" && f.size() >= 3)
      for (auto p : split(f[2], '|')) issue_prepositions_.push_back(lexicon_key(p));
    if (f[0] == "handover" && f.size() >= 3)
      for (auto p : split(f[2], '|')) handover_slots_.push_back({ArgumentSlot::Kind::kPreposition, lexicon_key(p)});
    if (f[0] != "patient" && f[0] != "undergo" && f[0] != "loser" && f[0] != "claims" && f[0] != "issue" && f[0] != "undergoer" &&
        f[0] != "predicate_patient" && f[0] != "handover")
      return;
    auto& set = f[0] == "patient"     ? patient_
                : f[0] == "undergo"   ? undergo_
                : f[0] == "loser"     ? loser_
                : f[0] == "issue"     ? issue_
                : f[0] == "undergoer" ? undergoer_
                : f[0] == "predicate_patient" ? predicate_patient_
                : f[0] == "handover"  ? handover_
                                      : claims_;
    for (auto form : split(f[1], '|')) {
      std::u32string key = lexicon_key(form);
      if (key.size() > 2 && key.starts_with(U"ال")) key = key.substr(2);
      if (!key.empty()) set.insert(key);
    }
  }, /*header=*/true);
}

const std::vector<ArgumentSlot>& ArgumentLexicon::by_root(const RootSlots& rows, std::string_view cameo) {
  static const std::vector<ArgumentSlot> kNone;
  const std::vector<ArgumentSlot>* best = &kNone;
  size_t longest = 0;
  for (const auto& [prefix, slots] : rows)
    if (cameo.starts_with(prefix) && prefix.size() > longest) {
      best = &slots;
      longest = prefix.size();
    }
  return *best;
}

bool ArgumentLexicon::any_reading(const EventText& text, uint32_t token, const std::unordered_set<std::u32string>& set) {
  if (set.empty()) return false;
  for (const auto& r : text.readings(token))
    if (set.count(r.stem)) return true;
  return false;
}

}  // namespace marsad

// Lexical argument knowledge (data/events/argument_frames.tsv): verbal nouns whose genitive
// is the patient, verbs of undergoing whose subject is the target of the noun after them, verbs
// of losing whose subject is the target, prepositions per CAMEO root, and the events over ground
// aimed at the story's opponent.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "events/event_text.h"
#include "events/trigger_lexicon.h"

namespace marsad {

class ArgumentLexicon {
 public:
  void load(const std::string& tsv);
  // Whether a reading of `token` is such a noun / verb.
  bool patient_genitive(const EventText& text, uint32_t token) const { return any_reading(text, token, patient_); }
  bool undergoes(const EventText& text, uint32_t token) const { return any_reading(text, token, undergo_); }
  bool loses(const EventText& text, uint32_t token) const { return any_reading(text, token, loser_); }
  // A word of handing ground over (`handover` rows: وتسليم هذه المناطق إلى), and the
  // prepositions before the side that received it.
  bool hands_over(const EventText& text, uint32_t token) const { return any_reading(text, token, handover_); }
  const std::vector<ArgumentSlot>& handover_slots() const { return handover_slots_; }
  // A passive participle when it is the predicate of a copula (`predicate_patient` rows: أصبحت
  // قوات المعارضة محاصرة): its subject underwent the deed.
  bool predicate_patient(const EventText& text, uint32_t token) const { return any_reading(text, token, predicate_patient_); }
  // A noun for those who underwent the deed (`undergoer` rows: الموقوف، الرهائن): the name in
  // its genitive or apposition is the target, never the agent.
  bool names_undergoer(const EventText& text, uint32_t token) const { return any_reading(text, token, undergoer_); }
  // A verb of doing or claiming with a pronoun for the deed named before it (هجوم نفذه،
  // تفجيرين تبناهما داعش): its subject is that deed's agent (`claims` rows).
  bool claims(const EventText& text, uint32_t token) const {
    for (const auto& r : text.readings(token))
      if ((r.clitics & kEnclitic) && claims_.count(r.stem)) return true;
    return false;
  }
  // Prepositions that introduce the target of any event of a CAMEO root (`root` rows), tried
  // after the trigger row's own target slots; empty when none.
  const std::vector<ArgumentSlot>& root_targets(std::string_view cameo) const { return by_root(roots_, cameo); }
  // The same for the source of a noun trigger (`source` rows).
  const std::vector<ArgumentSlot>& root_sources(std::string_view cameo) const { return by_root(root_sources_, cameo); }
  // Whether an event of `cameo` is over ground (`opponent` rows): its target, when the clause
  // names none, is the side its source last fought.
  bool against_opponent(std::string_view cameo) const {
    for (const auto& p : opponent_)
      if (cameo.starts_with(p)) return true;
    return false;
  }
  // A noun of a question to settle (`issue` rows: أزمة، حل، اتفاق), and the prepositions after
  // which a country is the one it concerns (للأزمة في سوريا).
  bool issue(const EventText& text, uint32_t token) const { return any_reading(text, token, issue_); }
  const std::vector<std::u32string>& issue_prepositions() const { return issue_prepositions_; }
  // Whether an event of `cameo` is made to the country whose question it is (`concerns` rows).
  bool concerns_country(std::string_view cameo) const {
    for (const auto& p : concerns_)
      if (cameo.starts_with(p)) return true;
    return false;
  }

 private:
  static bool any_reading(const EventText& text, uint32_t token, const std::unordered_set<std::u32string>& set);
  std::unordered_set<std::u32string> patient_, undergo_, loser_, claims_, issue_, undergoer_, predicate_patient_, handover_;
  std::vector<ArgumentSlot> handover_slots_;
  std::vector<std::u32string> issue_prepositions_;
  using RootSlots = std::vector<std::pair<std::string, std::vector<ArgumentSlot>>>;  // CAMEO prefix → slots
  static const std::vector<ArgumentSlot>& by_root(const RootSlots& rows, std::string_view cameo);
  RootSlots roots_, root_sources_;
  std::vector<std::string> opponent_, concerns_;  // CAMEO prefixes
};

}  // namespace marsad

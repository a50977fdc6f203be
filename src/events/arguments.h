// Fills an event's source, target and location from the entity mentions of its clause, by
// the trigger row's frame (subject before or after the verb, object, the genitive of a
// masdar, the noun after a named preposition). Arguments never come from another sentence.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "events/event_text.h"
#include "events/trigger_lexicon.h"

namespace marsad {

struct Clause {
  uint32_t first = 0, end = 0;  // tokens
};

// The clause around tokens [first, end): up to the nearest clause break on either side,
// within the sentence.
Clause clause_around(const EventText& text, uint32_t first, uint32_t end);

// Whether a mention can be an actor of an event (not a plain place).
bool can_act(const MentionOnTokens& m);

// Lexical argument knowledge (data/events/argument_frames.tsv): verbal nouns whose genitive
// is the patient, verbs of undergoing whose subject is the target of the noun after them, verbs
// of losing whose subject is the target, and prepositions per CAMEO root.
class ArgumentLexicon {
 public:
  void load(const std::string& tsv);
  // Whether a reading of `token` is such a noun / verb.
  bool patient_genitive(const EventText& text, uint32_t token) const { return any_reading(text, token, patient_); }
  bool undergoes(const EventText& text, uint32_t token) const { return any_reading(text, token, undergo_); }
  bool loses(const EventText& text, uint32_t token) const { return any_reading(text, token, loser_); }
  // Prepositions that introduce the target of any event of a CAMEO root (`root` rows), tried
  // after the trigger row's own target slots; empty when none.
  const std::vector<ArgumentSlot>& root_targets(std::string_view cameo) const { return by_root(roots_, cameo); }
  // The same for the source of a noun trigger (`source` rows).
  const std::vector<ArgumentSlot>& root_sources(std::string_view cameo) const { return by_root(root_sources_, cameo); }

 private:
  static bool any_reading(const EventText& text, uint32_t token, const std::unordered_set<std::u32string>& set);
  std::unordered_set<std::u32string> patient_, undergo_, loser_;
  using RootSlots = std::vector<std::pair<std::string, std::vector<ArgumentSlot>>>;  // CAMEO prefix → slots
  static const std::vector<ArgumentSlot>& by_root(const RootSlots& rows, std::string_view cameo);
  RootSlots roots_, root_sources_;
};

struct Arguments {
  int source = -1, target = -1, location = -1;  // indices into EventText::mentions()
};

// `source`: when known already (a support verb's subject), the source; -1 to fill it by frame.
// `lexicon`: when given, refines the row's frame by the words around the trigger.
Arguments find_arguments(const EventText& text, const TriggerRow& row, uint32_t first, uint32_t end, Clause clause,
                         int source = -1, const ArgumentLexicon* lexicon = nullptr);

// The mention filling one slot, or -1. `skip`: a mention already taken.
int fill_slot(const EventText& text, const ArgumentSlot& slot, WordClass word_class, uint32_t first, uint32_t end,
              Clause clause, int skip);

}  // namespace marsad

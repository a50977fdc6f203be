// Fills an event's source, target and location from the entity mentions of its clause, by
// the trigger row's frame (subject before or after the verb, object, the genitive of a
// masdar, the noun after a named preposition). Arguments never come from another sentence.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "events/argument_lexicon.h"
#include "events/clause_syntax.h"
#include "events/event_text.h"
#include "events/trigger_lexicon.h"

namespace marsad {

struct Clause {
  uint32_t first = 0, end = 0;  // tokens
};

// The clause around tokens [first, end): up to the nearest clause break on either side,
// within the sentence.
Clause clause_around(const EventText& text, uint32_t first, uint32_t end);

struct Arguments {
  int source = -1, target = -1, location = -1;  // indices into EventText::mentions()
  // The actors named with the target (محاربة الجماعات الكردية وتنظيم داعش، اتهمت السلطات
  // التنظيمين): analysts code the deed against each as an event of its own.
  std::vector<int> joint_targets;
};

// `source`: when known already (a support verb's subject), the source; -1 to fill it by frame.
// `lexicon`: when given, refines the row's frame by the words around the trigger.
Arguments find_arguments(const EventText& text, const TriggerRow& row, uint32_t first, uint32_t end, Clause clause,
                         int source = -1, const ArgumentLexicon* lexicon = nullptr);

// The mention filling one slot, or -1. `skip`: a mention already taken. `lexicon`: when
// given, a patient noun's genitive is no topic.
int fill_slot(const EventText& text, const ArgumentSlot& slot, WordClass word_class, uint32_t first, uint32_t end,
              Clause clause, int skip, const ArgumentLexicon* lexicon = nullptr);

}  // namespace marsad

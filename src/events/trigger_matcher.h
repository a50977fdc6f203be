// Finds the trigger words and phrases of one sentence (contract: data/events/triggers.tsv).
// The longest match wins where matches overlap; needs= and unless= choose between rows that
// share a form.
#pragma once

#include <vector>

#include "events/event_text.h"
#include "events/trigger_lexicon.h"

namespace marsad {

struct TriggerMatch {
  uint32_t row = 0;
  uint32_t first = 0, end = 0;  // tokens
  uint8_t clitics = 0;          // of the first word (kFuture: سيعقد)
};

std::vector<TriggerMatch> match_triggers(const EventText& text, const TriggerLexicon& lexicon, uint32_t sentence);

}  // namespace marsad

// What a Knowledge holds: the read-only resources every stage shares.
#pragma once

#include <memory>

#include "events/event_extractor.h"
#include "text/lexicon.h"

namespace marsad {

struct KnowledgeData {
  std::shared_ptr<const Lexicon> lexicon;
  std::shared_ptr<const EventKnowledge> events;
};

}  // namespace marsad

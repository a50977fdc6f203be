// Scaffold: the event stage is being written (src/events). Until then it extracts nothing.
#include "events/event_extractor.h"

namespace marsad {

class EventKnowledge {};

std::shared_ptr<const EventKnowledge> EventExtractor::load_knowledge(const std::string&) {
  return std::make_shared<EventKnowledge>();
}

EventExtractor::EventExtractor(std::shared_ptr<const EventKnowledge> knowledge) : knowledge_(std::move(knowledge)) {}
EventExtractor::~EventExtractor() = default;

void EventExtractor::extract(const Analyzed&, Extraction&) const {}

}  // namespace marsad

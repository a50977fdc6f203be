// What a Knowledge holds: the read-only resources every stage shares.
#pragma once

#include <memory>

#include "entities/gazetteer.h"
#include "entities/linker.h"
#include "events/event_extractor.h"
#include "text/lexicon.h"

namespace marsad {

class NerTagger;

struct KnowledgeData {
  std::shared_ptr<const Lexicon> lexicon;
  std::shared_ptr<const Gazetteer> gazetteer;  // data/actors, data/aliases, data/roles.tsv
  std::shared_ptr<const Cues> cues;            // data/entities/cues.tsv
  std::shared_ptr<const NerTagger> tagger;     // data/models/ner.model; null: gazetteer only
  std::shared_ptr<const EventKnowledge> events;
};

}  // namespace marsad

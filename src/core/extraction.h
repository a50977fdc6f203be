// What the pipeline extracts from one document: the data that flows from the entity and
// event stages to the store, the exports and the API. Spans are code points of the original
// document text; actor ids are data/actors ids (or document-local ids for unknown names).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/span.h"

namespace marsad {

enum class EntityType : uint8_t { kPer, kOrg, kLoc, kMisc };

// A canonical actor as known to the gazetteer, or a new one found in the text.
struct Actor {
  std::string id;       // "sergey_lavrov"; unknown names: "new:<normalized name>"
  EntityType type = EntityType::kMisc;
  std::string kind;     // person, country, city, armed_group, government, …
  std::string name_ar;
  std::string name_en;
  std::string wikidata; // Q-id or empty
  std::string country;  // actor id of the country, or empty
  std::optional<double> lat, lon;
  std::string governorate;
};

struct Mention {
  Span span;              // the name without clitics: in لتركيا the span of تركيا
  EntityType type = EntityType::kMisc;
  std::string actor;      // Actor::id, empty when not linked
  bool metonymy = false;  // موسكو standing for Russia's government
  std::string acting_as;  // for metonymy: the actor it stands for (russia)
  float score = 1;
  enum class Source : uint8_t { kGazetteer, kModel, kRole } source = Source::kGazetteer;
};

struct Relation {
  std::string subject;    // actor id
  std::string predicate;  // leads, backed_by, formerly_known_as, member_of, holds_role, …
  std::string object;     // actor id, or a role string for holds_role
  Span evidence;
};

enum class Modality : uint8_t { kAsserted, kNegated, kFuture, kPlanned, kReportedClaim, kHypothetical };

struct Event {
  Span evidence;           // the clause
  Span trigger;
  std::string cameo;       // "190", "0311"
  std::string source, target, location;  // actor ids or empty
  std::string date;        // resolved ISO date, or empty
  std::string date_expression;
  Modality modality = Modality::kAsserted;
  std::string attributed_to;  // actor id or phrase, or empty
  std::optional<int> fatalities;
  float score = 1;
};

struct PublicationDate {
  std::string date;       // YYYY-MM-DD or empty
  bool inferred = false;  // true when read from the text, not metadata
  std::string evidence;
};

struct Extraction {
  Document document;
  PublicationDate publication_date;
  std::vector<Actor> actors;       // every actor a mention, event or relation refers to
  std::vector<Mention> mentions;
  std::vector<Relation> relations;
  std::vector<Event> events;
};

std::string_view entity_type_name(EntityType type);  // "PER", "ORG", "LOC", "MISC"
std::string_view modality_name(Modality modality);   // "asserted", "negated", "future", …

}  // namespace marsad

// Reading the knowledge base: the queries behind `marsad actor|events|timeline|stats|export`
// and the HTTP API. Plain structs out; every span is code points of the document's original
// text (documents.text), so a UI can slice the text it is given and highlight in place.
// Full-text search lives in search/search.h (it needs the Arabic analyzer).
//
//   store::Database db("marsad.db", false, true);   // read only
//   store::Reader reader(db);
//   auto doc = reader.document("001_4adcd82f8367ead6");
//   auto profile = reader.actor_profile("sergey_lavrov");
//   auto events = reader.events({.actor = "russia", .from = "2017-01-01"});
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/span.h"
#include "store/sqlite.h"

namespace marsad::store {

struct DocumentSummary {
  int64_t num = 0;        // internal key (documents.num)
  std::string id;         // the document id users see
  std::string title, source, url, date;
};

struct ActorRow {
  std::string id, type, kind, name_ar, name_en, wikidata, country, governorate;
  std::optional<double> lat, lon;
  std::string origin;     // "data" (gazetteer) or "text" (a new name found in documents)
};

struct MentionRow {
  Span span;
  std::string type;       // PER ORG LOC MISC
  std::string actor;      // empty when not linked
  bool metonymy = false;
  std::string acting_as;
  double score = 1;
  std::string source;     // gazetteer, model, role
};

struct EventRow {
  int64_t num = 0;
  std::string doc;        // document id
  std::string doc_date;   // the document's publication date
  Span evidence, trigger;
  std::string cameo, label;            // "190", "Use conventional military force"
  std::string plover, acled_type, acled_subtype;  // from data/cameo/codes.tsv, empty when none
  double goldstein = 0;
  int quad_class = 0;
  std::string source, target, location;  // actor ids
  std::string date, date_expression, modality, attributed_to;
  std::optional<int> fatalities;
  double score = 1;
  std::string evidence_text;  // the evidence clause, sliced from the original text
};

struct RelationRow {
  std::string doc;        // empty for relations from data/actors/relations.tsv
  Span evidence;
  std::string subject, predicate, object;
  std::string valid_from, valid_to;  // data relations only
};

struct RepairRow {
  Span span;
  std::string kind, before, after;
};

struct TokenRow {
  Span span;
  uint8_t kind = 0;       // TokenKind
  uint8_t stem_offset = 0, stem_length = 0;  // the stem within the token's key (0,0: no word)
};

// A document with everything read from it, for the article view.
struct DocumentView {
  DocumentSummary summary;
  std::string origin, author, text;  // text: the original
  bool date_inferred = false;
  std::string date_evidence;
  std::vector<Span> sentences;
  std::vector<TokenRow> tokens;
  std::vector<RepairRow> repairs;
  std::vector<MentionRow> mentions;
  std::vector<EventRow> events;
  std::vector<RelationRow> relations;
  std::vector<ActorRow> actors;     // every actor the facts above refer to
};

struct RoleRow {
  std::string role_ar, role_en, country, valid_from, valid_to;
};

struct ActorProfile {
  ActorRow actor;
  std::vector<std::string> aliases;        // surface forms from data/aliases
  std::vector<RoleRow> roles;              // titles it holds (data/roles.tsv)
  std::vector<RelationRow> relations;      // known (data) and read (documents), either side
  size_t documents = 0, mentions = 0;
  std::map<std::string, size_t> events_as_source, events_as_target;  // CAMEO root → count
  std::string first_seen, last_seen;       // publication dates of its first and last document
};

// Every field is optional; they combine with AND.
struct EventFilter {
  std::string actor;   // source or target (an id; names are resolved by find_actor first)
  std::string type;    // a CAMEO code prefix ("19", "0311"), a PLOVER type ("ASSAULT") or an ACLED type ("Battles")
  std::string place;   // location actor id
  std::string from, to;  // ISO dates, inclusive; the event date, else the document date
  std::string doc;     // document id
  std::string modality;  // asserted, negated, … (events.modality)
  size_t limit = 1000, offset = 0;
};

struct GraphNode {
  ActorRow actor;
  int depth = 0;        // 0: the centre
  size_t weight = 0;    // documents mentioning it
};
struct GraphEdge {
  std::string source, target;
  std::string label;    // predicate ("leads") or "event:19"
  size_t count = 0;     // documents (or events) that support it; 0 for data relations
  bool known = false;   // from data/actors/relations.tsv
};
struct Graph {
  std::vector<GraphNode> nodes;
  std::vector<GraphEdge> edges;
};

struct TimelineEntry {
  std::string date;     // event date, else document date
  EventRow event;
};

struct Stats {
  size_t documents = 0, words = 0, mentions = 0, linked_mentions = 0;
  size_t actors = 0;          // distinct actors referred to by documents
  size_t known_actors = 0;    // rows in actors (gazetteer + found)
  size_t events = 0, relations = 0, repairs = 0, sources = 0;
  std::string first_date, last_date;
  int schema_version = 0;
  std::map<std::string, size_t> events_by_root;  // CAMEO root → count
};

class Reader {
 public:
  explicit Reader(const Database& db) : db_(db) {}

  std::optional<DocumentView> document(const std::string& id) const;
  std::vector<DocumentSummary> documents(size_t limit = 100, size_t offset = 0) const;

  // An actor by id, then by Arabic or English name or alias (normalized match key).
  std::optional<ActorRow> find_actor(const std::string& id_or_name) const;
  std::optional<ActorProfile> actor_profile(const std::string& id) const;
  std::vector<ActorRow> actors(const std::vector<std::string>& ids) const;

  std::vector<EventRow> events(const EventFilter& filter) const;
  // The actors around `id` to `depth` (1 or 2) hops, over relations and events.
  Graph graph(const std::string& id, int depth = 1, size_t max_nodes = 200) const;
  // Events where the actor is source, target or location, in date order.
  std::vector<TimelineEntry> timeline(const std::string& id, size_t limit = 10000) const;
  // Events with a location that has coordinates (the map).
  std::vector<EventRow> located_events(const EventFilter& filter) const;
  Stats stats() const;

  // All rows, for exports: called once per row, in document order.
  void for_each_event(const std::function<void(const EventRow&)>& row) const;
  void for_each_relation(const std::function<void(const RelationRow&)>& row) const;

  const Database& database() const { return db_; }

 private:
  const Database& db_;
};

}  // namespace marsad::store

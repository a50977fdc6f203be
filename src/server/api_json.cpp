#include "server/api_json.h"

#include <set>

namespace marsad::server {
namespace {

json optional_number(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

json span_list(const std::vector<Span>& spans) {
  json out = json::array();
  for (Span s : spans) out.push_back({{"start", s.start}, {"end", s.end}});
  return out;
}

std::string name(const ActorIndex& actors, const std::string& id, std::string store::ActorRow::*field) {
  auto it = actors.find(id);
  return it == actors.end() ? "" : it->second.*field;
}

}  // namespace

json actor_json(const store::ActorRow& a) {
  return {{"id", a.id}, {"type", a.type}, {"kind", a.kind}, {"name_ar", a.name_ar}, {"name_en", a.name_en},
          {"wikidata", a.wikidata}, {"country", a.country}, {"governorate", a.governorate},
          {"lat", optional_number(a.lat)}, {"lon", optional_number(a.lon)}, {"origin", a.origin}};
}

json event_json(const store::EventRow& e, const ActorIndex& actors) {
  using store::ActorRow;
  return {{"id", e.num}, {"doc", e.doc}, {"doc_date", e.doc_date}, {"start", e.evidence.start},
          {"end", e.evidence.end}, {"trigger_start", e.trigger.start}, {"trigger_end", e.trigger.end},
          {"cameo", e.cameo}, {"label", e.label}, {"plover", e.plover}, {"acled_type", e.acled_type},
          {"acled_subtype", e.acled_subtype}, {"goldstein", e.goldstein}, {"quad_class", e.quad_class},
          {"source", e.source}, {"target", e.target}, {"location", e.location}, {"date", e.date},
          {"date_expression", e.date_expression}, {"modality", e.modality}, {"attributed_to", e.attributed_to},
          {"fatalities", e.fatalities ? json(*e.fatalities) : json(nullptr)}, {"evidence_text", e.evidence_text},
          {"source_name_ar", name(actors, e.source, &ActorRow::name_ar)},
          {"source_name_en", name(actors, e.source, &ActorRow::name_en)},
          {"target_name_ar", name(actors, e.target, &ActorRow::name_ar)},
          {"target_name_en", name(actors, e.target, &ActorRow::name_en)},
          {"location_name_ar", name(actors, e.location, &ActorRow::name_ar)},
          {"location_name_en", name(actors, e.location, &ActorRow::name_en)}};
}

json relation_json(const store::RelationRow& r) {
  return {{"doc", r.doc}, {"start", r.evidence.start}, {"end", r.evidence.end}, {"subject", r.subject},
          {"predicate", r.predicate}, {"object", r.object}, {"valid_from", r.valid_from}, {"valid_to", r.valid_to}};
}

json summary_json(const store::DocumentSummary& d) {
  return {{"id", d.id}, {"title", d.title}, {"source", d.source}, {"url", d.url}, {"date", d.date}};
}

json document_json(const store::DocumentView& d) {
  json j = summary_json(d.summary);
  j["origin"] = d.origin;
  j["author"] = d.author;
  j["text"] = d.text;
  j["date_inferred"] = d.date_inferred;
  j["date_evidence"] = d.date_evidence;
  j["sentences"] = span_list(d.sentences);
  json repairs = json::array();
  for (const auto& r : d.repairs)
    repairs.push_back({{"start", r.span.start}, {"end", r.span.end}, {"kind", r.kind}, {"before", r.before},
                       {"after", r.after}});
  j["repairs"] = std::move(repairs);
  json mentions = json::array();
  for (const auto& m : d.mentions)
    mentions.push_back({{"start", m.span.start}, {"end", m.span.end}, {"type", m.type}, {"actor", m.actor},
                        {"metonymy", m.metonymy}, {"acting_as", m.acting_as}, {"score", m.score}, {"source", m.source}});
  j["mentions"] = std::move(mentions);
  ActorIndex actors;
  json actor_map = json::object();
  for (const auto& a : d.actors) {
    actors[a.id] = a;
    actor_map[a.id] = actor_json(a);
  }
  json events = json::array();
  for (const auto& e : d.events) events.push_back(event_json(e, actors));
  j["events"] = std::move(events);
  json relations = json::array();
  for (const auto& r : d.relations)
    relations.push_back({{"start", r.evidence.start}, {"end", r.evidence.end}, {"subject", r.subject},
                         {"predicate", r.predicate}, {"object", r.object}});
  j["relations"] = std::move(relations);
  j["actors"] = std::move(actor_map);
  return j;
}

json profile_json(const store::ActorProfile& p) {
  json roles = json::array();
  for (const auto& r : p.roles)
    roles.push_back({{"role_ar", r.role_ar}, {"role_en", r.role_en}, {"country", r.country},
                     {"valid_from", r.valid_from}, {"valid_to", r.valid_to}});
  json relations = json::array();
  for (const auto& r : p.relations) relations.push_back(relation_json(r));
  return {{"actor", actor_json(p.actor)}, {"aliases", p.aliases}, {"roles", roles}, {"relations", relations},
          {"documents", p.documents}, {"mentions", p.mentions}, {"events_as_source", p.events_as_source},
          {"events_as_target", p.events_as_target}, {"first_seen", p.first_seen}, {"last_seen", p.last_seen}};
}

json search_json(const search::SearchResults& found) {
  json results = json::array();
  for (const auto& r : found.results)
    results.push_back({{"doc", r.doc}, {"title", r.title}, {"source", r.source}, {"date", r.date},
                       {"score", r.score}, {"snippet", r.snippet}, {"snippet_start", r.snippet_start},
                       {"highlights", span_list(r.highlights)}});
  return {{"query", found.query}, {"terms", found.terms}, {"results", results}};
}

json stats_json(const store::Stats& s) {
  return {{"documents", s.documents}, {"words", s.words}, {"mentions", s.mentions},
          {"linked_mentions", s.linked_mentions}, {"actors", s.actors}, {"known_actors", s.known_actors},
          {"events", s.events}, {"relations", s.relations}, {"repairs", s.repairs}, {"sources", s.sources},
          {"first_date", s.first_date}, {"last_date", s.last_date}, {"schema_version", s.schema_version},
          {"events_by_root", s.events_by_root}};
}

json graph_json(const store::Graph& g) {
  json nodes = json::array();
  for (const auto& n : g.nodes)
    nodes.push_back({{"id", n.actor.id}, {"name_ar", n.actor.name_ar}, {"name_en", n.actor.name_en},
                     {"type", n.actor.type}, {"kind", n.actor.kind}, {"depth", n.depth}, {"weight", n.weight}});
  json edges = json::array();
  for (const auto& e : g.edges)
    edges.push_back({{"source", e.source}, {"target", e.target}, {"label", e.label}, {"count", e.count},
                     {"known", e.known}});
  return {{"nodes", nodes}, {"edges", edges}};
}

json geojson(const std::vector<store::EventRow>& events, const ActorIndex& actors) {
  json features = json::array();
  for (const auto& e : events) {
    auto place = actors.find(e.location);
    if (place == actors.end() || !place->second.lat || !place->second.lon) continue;
    features.push_back(
        {{"type", "Feature"},
         {"geometry", {{"type", "Point"}, {"coordinates", {*place->second.lon, *place->second.lat}}}},
         {"properties",
          {{"id", e.num}, {"doc", e.doc}, {"cameo", e.cameo}, {"label", e.label},
           {"date", e.date.empty() ? e.doc_date : e.date}, {"location", e.location},
           {"location_name_ar", place->second.name_ar}, {"location_name_en", place->second.name_en},
           {"source", e.source}, {"target", e.target}, {"modality", e.modality}, {"evidence_text", e.evidence_text},
           {"start", e.evidence.start}, {"end", e.evidence.end}, {"quad_class", e.quad_class},
           {"source_name_ar", name(actors, e.source, &store::ActorRow::name_ar)},
           {"source_name_en", name(actors, e.source, &store::ActorRow::name_en)},
           {"target_name_ar", name(actors, e.target, &store::ActorRow::name_ar)},
           {"target_name_en", name(actors, e.target, &store::ActorRow::name_en)}}}});
  }
  return {{"type", "FeatureCollection"}, {"features", features}};
}

ActorIndex actors_of(const store::Reader& reader, const std::vector<store::EventRow>& events) {
  std::set<std::string> ids;
  for (const auto& e : events)
    for (const std::string* id : {&e.source, &e.target, &e.location})
      if (!id->empty()) ids.insert(*id);
  ActorIndex out;
  for (auto& a : reader.actors({ids.begin(), ids.end()})) out.emplace(a.id, std::move(a));
  return out;
}

}  // namespace marsad::server

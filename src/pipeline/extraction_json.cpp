#include "pipeline/extraction_json.h"

#include "core/utf8.h"

namespace marsad {
namespace {

using nlohmann::json;

json id_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

std::string_view source_name(Mention::Source s) {
  switch (s) {
    case Mention::Source::kGazetteer: return "gazetteer";
    case Mention::Source::kModel: return "model";
    case Mention::Source::kRole: return "role";
  }
  return "gazetteer";
}

}  // namespace

json extraction_to_json(const Extraction& x) {
  std::u32string text = utf8::decode(x.document.text);
  auto slice = [&](Span s) {
    if (s.end > text.size() || s.start > s.end) return std::string();
    return utf8::encode(std::u32string_view(text).substr(s.start, s.size()));
  };

  json entities = json::array();
  for (const Actor& a : x.actors) {
    json e = {{"id", a.id},       {"type", entity_type_name(a.type)}, {"kind", a.kind},
              {"name_ar", a.name_ar}, {"name_en", a.name_en},         {"wikidata", id_or_null(a.wikidata)}};
    if (!a.country.empty()) e["country"] = a.country;
    if (a.lat && a.lon) e["lat"] = *a.lat, e["lon"] = *a.lon;
    if (!a.governorate.empty()) e["governorate"] = a.governorate;
    entities.push_back(std::move(e));
  }

  json mentions = json::array();
  for (const Mention& m : x.mentions) {
    if (m.source == Mention::Source::kRole) continue;
    json j = {{"start", m.span.start}, {"end", m.span.end},       {"surface", slice(m.span)},
              {"type", entity_type_name(m.type)}, {"entity", id_or_null(m.actor)}, {"metonymy", m.metonymy}};
    if (!m.acting_as.empty()) j["acting_as"] = m.acting_as;
    j["source"] = source_name(m.source);
    mentions.push_back(std::move(j));
  }

  json relations = json::array();
  for (const Relation& r : x.relations)
    relations.push_back({{"subject", r.subject}, {"predicate", r.predicate}, {"object", r.object},
                         {"start", r.evidence.start}, {"end", r.evidence.end}});

  json events = json::array();
  for (const Event& e : x.events) {
    json j = {{"start", e.evidence.start},
              {"end", e.evidence.end},
              {"trigger", slice(e.trigger)},
              {"trigger_start", e.trigger.start},
              {"trigger_end", e.trigger.end},
              {"cameo", e.cameo},
              {"source", id_or_null(e.source)},
              {"target", id_or_null(e.target)},
              {"location", id_or_null(e.location)},
              {"date", id_or_null(e.date)},
              {"date_expression", id_or_null(e.date_expression)},
              {"modality", modality_name(e.modality)},
              {"attributed_to", id_or_null(e.attributed_to)},
              {"fatalities", e.fatalities ? json(*e.fatalities) : json(nullptr)}};
    events.push_back(std::move(j));
  }

  return {{"doc", x.document.id},
          {"publication_date", id_or_null(x.publication_date.date)},
          {"entities", std::move(entities)},
          {"mentions", std::move(mentions)},
          {"relations", std::move(relations)},
          {"events", std::move(events)}};
}

}  // namespace marsad

// marsad export: the knowledge base in the formats other tools read.
//   acled    ACLED-style CSV (ACLED's column names), events ACLED codes (codes.tsv acled_type)
//   plover   PLOVER/POLECAT-style JSON Lines, events PLOVER codes
//   gdelt    GDELT 2.0 event table: 61 tab-separated columns, empty where unknown
//   jsonl    our extraction JSON Lines (the format of `marsad extract --json` and score.py)
//   graphml  actors and relations (read from documents, and known from data/)
//   geojson  a FeatureCollection of the events whose place has coordinates
//   conll    tokens with BIO entity tags, a blank line between sentences
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "cli/commands.h"
#include "core/utf8.h"
#include "pipeline/extraction_json.h"
#include "store/reader.h"
#include "store/text_layer.h"

namespace marsad::cli {
namespace {

using nlohmann::json;
using store::EventRow;

std::string csv(const std::string& v) {
  if (v.find_first_of(",\"\n\r") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out + "\"";
}

std::string tsv_field(std::string v) {
  for (char& c : v)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return v;
}

std::string xml(const std::string& v) {
  std::string out;
  for (char c : v) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string event_date(const EventRow& e) { return e.date.empty() ? e.doc_date : e.date; }

// The actors table, by id, for names, countries and coordinates.
std::map<std::string, store::ActorRow> all_actors(const store::Database& db) {
  std::map<std::string, store::ActorRow> out;
  auto q = db.prepare("SELECT id FROM actors");
  std::vector<std::string> ids;
  while (q.step()) ids.push_back(q.text(0));
  for (auto& a : store::Reader(db).actors(ids)) out[a.id] = a;
  return out;
}

struct Exporter {
  const store::Database& db;
  store::Reader reader{db};
  std::ostream& out;
  std::map<std::string, store::ActorRow> actors = all_actors(db);

  const store::ActorRow* actor(const std::string& id) const {
    auto it = actors.find(id);
    return it == actors.end() ? nullptr : &it->second;
  }
  std::string name(const std::string& id) const {
    auto* a = actor(id);
    if (!a) return id;
    return a->name_en.empty() ? a->name_ar : a->name_en;
  }
  // The country actor id of an actor (a country is its own).
  std::string country(const std::string& id) const {
    auto* a = actor(id);
    if (!a) return "";
    return a->country.empty() && a->kind == "country" ? a->id : a->country;
  }

  void acled() {
    static const char* columns[] = {"event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
                                    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
                                    "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
                                    "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
                                    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
                                    "timestamp"};
    for (size_t i = 0; i < std::size(columns); ++i) out << (i ? "," : "") << columns[i];
    out << "\n";
    reader.for_each_event([&](const EventRow& e) {
      if (e.acled_type.empty()) return;  // ACLED does not code statements, diplomacy, sanctions
      const store::ActorRow* place = actor(e.location);
      std::string date = event_date(e);
      std::string c = country(e.location);
      std::vector<std::string> row = {
          "MARSAD" + std::to_string(e.num), date, date.substr(0, 4), e.date.empty() ? "2" : "1", "",
          e.acled_type, e.acled_subtype, name(e.source), "", "", name(e.target), "", "", "", "", "", "",
          c.empty() ? "" : name(c), place && !place->governorate.empty() ? name(place->governorate) : "", "", "", place ? name(e.location) : "",
          place && place->lat ? std::to_string(*place->lat) : "", place && place->lon ? std::to_string(*place->lon) : "",
          place && place->lat ? "1" : "", e.doc, "", e.evidence_text,
          e.fatalities ? std::to_string(*e.fatalities) : "0", "", ""};
      for (size_t i = 0; i < row.size(); ++i) out << (i ? "," : "") << csv(row[i]);
      out << "\n";
    });
  }

  void plover() {
    reader.for_each_event([&](const EventRow& e) {
      if (e.plover.empty()) return;
      std::string type = e.plover, mode;
      if (auto slash = type.find('/'); slash != std::string::npos) mode = type.substr(slash + 1), type.resize(slash);
      const store::ActorRow* place = actor(e.location);
      json j = {{"id", "marsad-" + std::to_string(e.num)}, {"date", event_date(e)}, {"event_type", type},
                {"mode", mode}, {"context", json::array()}, {"quad_code", e.quad_class},
                {"goldstein", e.goldstein}, {"cameo", e.cameo},
                {"actor", e.source}, {"actor_name", e.source.empty() ? "" : name(e.source)},
                {"actor_country", country(e.source)}, {"recipient", e.target},
                {"recipient_name", e.target.empty() ? "" : name(e.target)}, {"recipient_country", country(e.target)},
                {"location", e.location}, {"modality", e.modality}, {"doc", e.doc},
                {"start", e.evidence.start}, {"end", e.evidence.end}, {"text", e.evidence_text}};
      if (place && place->lat) j["latitude"] = *place->lat, j["longitude"] = *place->lon;
      if (e.fatalities) j["fatalities"] = *e.fatalities;
      out << j.dump() << "\n";
    });
  }

  void gdelt() {
    reader.for_each_event([&](const EventRow& e) {
      std::vector<std::string> f(61);
      std::string date = event_date(e);
      std::string compact;
      for (char c : date)
        if (c != '-') compact.push_back(c);
      f[0] = std::to_string(e.num);
      f[1] = compact;
      f[2] = compact.substr(0, 6);
      f[3] = compact.substr(0, 4);
      auto actor_fields = [&](size_t at, const std::string& id) {  // 10 columns
        if (id.empty()) return;
        f[at] = id;
        f[at + 1] = tsv_field(name(id));
        f[at + 2] = country(id);
      };
      actor_fields(5, e.source);
      actor_fields(15, e.target);
      f[25] = "1";
      f[26] = e.cameo;
      f[27] = e.cameo.substr(0, 3);
      f[28] = e.cameo.substr(0, 2);
      f[29] = e.quad_class ? std::to_string(e.quad_class) : "";
      f[30] = e.label.empty() ? "" : std::to_string(e.goldstein);
      f[31] = f[32] = f[33] = "1";
      if (const store::ActorRow* place = actor(e.location)) {  // ActionGeo_*: columns 51..58
        f[51] = place->kind == "country" ? "1" : "4";
        f[52] = tsv_field(name(e.location));
        f[53] = country(e.location);
        if (place->lat) f[56] = std::to_string(*place->lat), f[57] = std::to_string(*place->lon);
        f[58] = e.location;
      }
      f[59] = compact;
      f[60] = e.doc;
      for (size_t i = 0; i < f.size(); ++i) out << (i ? "\t" : "") << f[i];
      out << "\n";
    });
  }

  std::vector<std::string> document_ids() {
    std::vector<std::string> ids;
    auto q = db.prepare("SELECT id FROM documents ORDER BY num");
    while (q.step()) ids.push_back(q.text(0));
    return ids;
  }

  static EntityType entity_type(const std::string& s) {
    return s == "PER" ? EntityType::kPer : s == "ORG" ? EntityType::kOrg : s == "LOC" ? EntityType::kLoc : EntityType::kMisc;
  }
  static Modality modality(const std::string& s) {
    for (Modality m : {Modality::kAsserted, Modality::kNegated, Modality::kFuture, Modality::kPlanned,
                       Modality::kReportedClaim, Modality::kHypothetical})
      if (modality_name(m) == s) return m;
    return Modality::kAsserted;
  }

  // The stored rows of a document, as the pipeline handed them over.
  static Extraction to_extraction(const store::DocumentView& v) {
    Extraction x;
    x.document.id = v.summary.id;
    x.document.title = v.summary.title;
    x.document.text = v.text;
    x.publication_date = {v.summary.date, v.date_inferred, v.date_evidence};
    for (const auto& a : v.actors) {
      Actor actor{a.id, entity_type(a.type), a.kind, a.name_ar, a.name_en, a.wikidata, a.country, a.lat, a.lon, a.governorate};
      x.actors.push_back(std::move(actor));
    }
    for (const auto& m : v.mentions) {
      Mention mention{m.span, entity_type(m.type), m.actor, m.metonymy, m.acting_as, static_cast<float>(m.score)};
      mention.source = m.source == "model" ? Mention::Source::kModel
                       : m.source == "role" ? Mention::Source::kRole
                                            : Mention::Source::kGazetteer;
      x.mentions.push_back(std::move(mention));
    }
    for (const auto& r : v.relations) x.relations.push_back({r.subject, r.predicate, r.object, r.evidence});
    for (const auto& e : v.events) {
      Event event{e.evidence, e.trigger, e.cameo, e.source, e.target, e.location, e.date, e.date_expression,
                  modality(e.modality), e.attributed_to, e.fatalities, static_cast<float>(e.score)};
      x.events.push_back(std::move(event));
    }
    return x;
  }

  void jsonl() {
    for (const auto& id : document_ids())
      if (auto v = reader.document(id)) out << extraction_to_json(to_extraction(*v)).dump() << "\n";
  }

  void conll() {
    for (const auto& id : document_ids()) {
      auto v = reader.document(id);
      if (!v) continue;
      std::u32string text = utf8::decode(v->text);
      out << "# doc = " << id << "\n";
      size_t sentence = 0;
      const store::MentionRow* open = nullptr;
      for (const auto& t : v->tokens) {
        while (sentence < v->sentences.size() && t.span.start >= v->sentences[sentence].end) {
          ++sentence;
          out << "\n";
          open = nullptr;
        }
        // The tag: B- on the first token inside a mention, I- on the next ones.
        const store::MentionRow* in = nullptr;
        for (const auto& m : v->mentions)
          if (m.span.overlaps(t.span)) in = &m;
        std::string tag = "O";
        if (in) tag = (in == open ? "I-" : "B-") + in->type;
        open = in;
        std::u32string_view surface = std::u32string_view(text).substr(t.span.start, t.span.size());
        out << utf8::encode(surface) << "\t" << tag << "\n";
      }
      out << "\n";
    }
  }

  void graphml() {
    std::set<std::string> nodes;
    auto q = db.prepare("SELECT DISTINCT actor FROM document_actors");
    while (q.step()) nodes.insert(q.text(0));
    std::map<std::tuple<std::string, std::string, std::string>, size_t> edges;
    reader.for_each_relation([&](const store::RelationRow& r) {
      ++edges[{r.subject, r.object, r.predicate}];
      nodes.insert(r.subject);
      if (actor(r.object)) nodes.insert(r.object);
    });
    std::set<std::tuple<std::string, std::string, std::string>> known;
    auto k = db.prepare("SELECT subject, object, predicate FROM known_relations");
    while (k.step())
      if (nodes.count(k.text(0)) && nodes.count(k.text(1))) known.insert({k.text(0), k.text(1), k.text(2)});
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
           "  <key id=\"name_ar\" for=\"node\" attr.name=\"name_ar\" attr.type=\"string\"/>\n"
           "  <key id=\"name_en\" for=\"node\" attr.name=\"name_en\" attr.type=\"string\"/>\n"
           "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
           "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
           "  <key id=\"predicate\" for=\"edge\" attr.name=\"predicate\" attr.type=\"string\"/>\n"
           "  <key id=\"documents\" for=\"edge\" attr.name=\"documents\" attr.type=\"int\"/>\n"
           "  <key id=\"known\" for=\"edge\" attr.name=\"known\" attr.type=\"boolean\"/>\n"
           "  <graph id=\"marsad\" edgedefault=\"directed\">\n";
    for (const auto& n : nodes) {
      const store::ActorRow* a = actor(n);
      out << "    <node id=\"" << xml(n) << "\">";
      if (a)
        out << "<data key=\"name_ar\">" << xml(a->name_ar) << "</data><data key=\"name_en\">" << xml(a->name_en)
            << "</data><data key=\"type\">" << xml(a->type) << "</data><data key=\"kind\">" << xml(a->kind) << "</data>";
      out << "</node>\n";
    }
    size_t n = 0;
    auto edge = [&](const std::string& s, const std::string& o, const std::string& p, size_t count, bool is_known) {
      if (!nodes.count(s) || !nodes.count(o)) return;
      out << "    <edge id=\"e" << n++ << "\" source=\"" << xml(s) << "\" target=\"" << xml(o) << "\"><data key=\"predicate\">"
          << xml(p) << "</data><data key=\"documents\">" << count << "</data><data key=\"known\">"
          << (is_known ? "true" : "false") << "</data></edge>\n";
    };
    for (const auto& [key, count] : edges) edge(std::get<0>(key), std::get<1>(key), std::get<2>(key), count, false);
    for (const auto& key : known) edge(std::get<0>(key), std::get<1>(key), std::get<2>(key), 0, true);
    out << "  </graph>\n</graphml>\n";
  }

  void geojson() {
    json features = json::array();
    for (const auto& e : reader.located_events({.limit = size_t(1) << 40})) {
      const store::ActorRow* place = actor(e.location);
      json props = {{"event", e.num}, {"doc", e.doc}, {"date", event_date(e)}, {"cameo", e.cameo}, {"label", e.label},
                    {"plover", e.plover}, {"acled_type", e.acled_type}, {"source", e.source}, {"target", e.target},
                    {"location", e.location}, {"place", name(e.location)}, {"modality", e.modality},
                    {"text", e.evidence_text}};
      features.push_back({{"type", "Feature"},
                          {"geometry", {{"type", "Point"}, {"coordinates", {*place->lon, *place->lat}}}},
                          {"properties", props}});
    }
    out << json{{"type", "FeatureCollection"}, {"features", features}}.dump() << "\n";
  }
};

}  // namespace

int export_data(const ExportOptions& options) {
  if (!std::filesystem::exists(options.db)) {
    std::cerr << "marsad: no database " << options.db << " (run `marsad ingest` first, or give --db)\n";
    return 2;
  }
  std::ofstream file;
  if (!options.out.empty()) {
    file.open(options.out, std::ios::binary);
    if (!file) {
      std::cerr << "marsad: cannot write " << options.out << "\n";
      return 2;
    }
  }
  std::ostream& out = options.out.empty() ? std::cout : file;
  try {
    store::Database db(options.db, false);
    Exporter x{db, store::Reader(db), out};
    const std::string& f = options.format;
    if (f == "acled") x.acled();
    else if (f == "plover") x.plover();
    else if (f == "gdelt") x.gdelt();
    else if (f == "jsonl") x.jsonl();
    else if (f == "graphml") x.graphml();
    else if (f == "geojson") x.geojson();
    else if (f == "conll") x.conll();
    else {
      std::cerr << "marsad: unknown export format " << f << "\n";
      return 2;
    }
  } catch (const std::exception& e) {
    std::cerr << "marsad: " << e.what() << "\n";
    return 2;
  }
  out.flush();
  return out ? 0 : 2;
}

}  // namespace marsad::cli

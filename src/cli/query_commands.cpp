// marsad search | actor | events | timeline | stats: reading the knowledge base. Tables for
// people, --json for machines.
#include <time.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "search/fts_index.h"
#include "search/search.h"
#include "store/reader.h"

namespace marsad::cli {
namespace {

using nlohmann::json;

bool has_table(store::Database& db, const std::string& table) {
  return db.scalar("SELECT count(*) FROM sqlite_master WHERE name='" + table + "'") > 0;
}

bool has_schema(store::Database& db) { return has_table(db, "documents"); }

// Opens an existing database; null (with a message) when there is none, or when it holds no
// marsad schema unless `empty_is_fine` (the stats of a run killed before it made one).
std::unique_ptr<store::Database> open_existing(const std::string& path, bool empty_is_fine = false) {
  if (!std::filesystem::exists(path)) {
    std::cerr << "marsad: no database " << path << " (run `marsad ingest` first, or give --db)\n";
    return nullptr;
  }
  try {
    auto db = std::make_unique<store::Database>(path, false);
    if (!empty_is_fine && !has_schema(*db)) {
      std::cerr << "marsad: " << path << " holds no marsad knowledge base (run `marsad ingest` first)\n";
      return nullptr;
    }
    return db;
  } catch (const std::exception& e) {
    std::cerr << "marsad: " << e.what() << "\n";
    return nullptr;
  }
}

// An actor id from an id or a name; the input itself when nothing matches (a filter then
// finds nothing, which is the truth).
std::string resolve_actor(const store::Reader& reader, const std::string& id_or_name) {
  if (id_or_name.empty()) return "";
  auto a = reader.find_actor(id_or_name);
  return a ? a->id : id_or_name;
}

json event_json(const store::EventRow& e) {
  json j = {{"doc", e.doc}, {"start", e.evidence.start}, {"end", e.evidence.end},
            {"trigger_start", e.trigger.start}, {"trigger_end", e.trigger.end}, {"cameo", e.cameo},
            {"label", e.label}, {"plover", e.plover}, {"acled_type", e.acled_type}, {"source", e.source},
            {"target", e.target}, {"location", e.location}, {"date", e.date}, {"doc_date", e.doc_date},
            {"modality", e.modality}, {"attributed_to", e.attributed_to}, {"text", e.evidence_text}};
  j["fatalities"] = e.fatalities ? json(*e.fatalities) : json(nullptr);
  return j;
}

std::string shorten(std::string s, size_t max_bytes) {
  for (char& c : s)
    if (c == '\n') c = ' ';
  if (s.size() <= max_bytes) return s;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return s.substr(0, cut) + "…";
}

void print_event_table(const std::vector<store::EventRow>& events) {
  std::printf("%-10s  %-5s  %-24s  %-22s  %-22s  %-18s  %s\n", "date", "cameo", "type", "source", "target", "place", "evidence");
  for (const auto& e : events)
    std::printf("%-10s  %-5s  %-24s  %-22s  %-22s  %-18s  %s\n", (e.date.empty() ? e.doc_date : e.date).c_str(),
                e.cameo.c_str(), shorten(e.label, 24).c_str(), e.source.c_str(), e.target.c_str(), e.location.c_str(),
                shorten(e.evidence_text, 120).c_str());
}

}  // namespace

int search(const SearchOptions& options) {
  if (options.query.empty() == options.queries.empty()) {
    std::cerr << "marsad search: give a QUERY or --queries FILE\n";
    return 2;
  }
  auto db = open_existing(options.db);
  if (!db) return 2;
  std::vector<std::string> queries;
  if (!options.queries.empty()) {
    std::ifstream in(options.queries);
    if (!in) {
      std::cerr << "marsad: cannot read " << options.queries << "\n";
      return 2;
    }
    for (std::string line; std::getline(in, line);)
      if (!line.empty()) queries.push_back(line);
  } else {
    queries.push_back(options.query);
  }
  try {
    search::Searcher searcher(*db);
    store::Reader reader(*db);
    search::SearchOptions filters;
    filters.limit = options.limit;
    filters.actor = resolve_actor(reader, options.actor);
    filters.place = resolve_actor(reader, options.place);
    filters.source = options.source;
    filters.from = options.from;
    filters.to = options.to;
    for (const auto& q : queries) {
      timespec c0, c1;
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
      auto t0 = std::chrono::steady_clock::now();
      auto found = searcher.search(q, filters);
      double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
      double cpu_ms = (c1.tv_sec - c0.tv_sec) * 1e3 + (c1.tv_nsec - c0.tv_nsec) * 1e-6;
      if (options.json) {
        json results = json::array();
        for (const auto& r : found.results) {
          json highlights = json::array();
          for (Span h : r.highlights) highlights.push_back({h.start, h.end});
          results.push_back({{"doc", r.doc}, {"title", r.title}, {"score", r.score}, {"snippet", r.snippet},
                             {"snippet_start", r.snippet_start}, {"highlights", highlights}, {"source", r.source},
                             {"date", r.date}});
        }
        std::cout << json{{"query", q}, {"terms", found.terms}, {"results", results}, {"took_ms", ms}, {"cpu_ms", cpu_ms}}.dump() << "\n";
      } else {
        std::printf("%zu results for %s (%.1f ms)\n", found.results.size(), q.c_str(), ms);
        for (size_t i = 0; i < found.results.size(); ++i) {
          const auto& r = found.results[i];
          std::printf("%2zu. %-8.2f %s  %s  %s\n    %s\n", i + 1, r.score, r.doc.c_str(), r.date.c_str(),
                      shorten(r.title, 100).c_str(), shorten(r.snippet, 400).c_str());
        }
      }
    }
  } catch (const std::exception& e) {
    std::cerr << "marsad: " << e.what() << "\n";
    return 2;
  }
  return 0;
}

int actor(const ActorOptions& options) {
  auto db = open_existing(options.db);
  if (!db) return 2;
  store::Reader reader(*db);
  auto p = reader.actor_profile(options.actor);
  if (!p) {
    std::cerr << "marsad: no actor " << options.actor << "\n";
    return 1;
  }
  if (options.json) {
    json relations = json::array();
    for (const auto& r : p->relations)
      relations.push_back({{"subject", r.subject}, {"predicate", r.predicate}, {"object", r.object}, {"doc", r.doc},
                           {"start", r.evidence.start}, {"end", r.evidence.end}, {"valid_from", r.valid_from},
                           {"valid_to", r.valid_to}});
    json roles = json::array();
    for (const auto& r : p->roles)
      roles.push_back({{"role_ar", r.role_ar}, {"role_en", r.role_en}, {"from", r.valid_from}, {"to", r.valid_to}});
    json j = {{"id", p->actor.id}, {"type", p->actor.type}, {"kind", p->actor.kind}, {"name_ar", p->actor.name_ar},
              {"name_en", p->actor.name_en}, {"wikidata", p->actor.wikidata}, {"country", p->actor.country},
              {"aliases", p->aliases}, {"roles", roles}, {"relations", relations}, {"documents", p->documents},
              {"mentions", p->mentions}, {"events_as_source", p->events_as_source},
              {"events_as_target", p->events_as_target}, {"first_seen", p->first_seen}, {"last_seen", p->last_seen}};
    if (p->actor.lat) j["lat"] = *p->actor.lat, j["lon"] = *p->actor.lon;
    std::cout << j.dump() << "\n";
    return 0;
  }
  std::printf("%s  %s / %s  (%s %s%s%s)\n", p->actor.id.c_str(), p->actor.name_ar.c_str(), p->actor.name_en.c_str(),
              p->actor.type.c_str(), p->actor.kind.c_str(), p->actor.country.empty() ? "" : ", ",
              p->actor.country.c_str());
  std::printf("seen in %zu documents (%zu mentions), first %s, last %s\n", p->documents, p->mentions,
              p->first_seen.empty() ? "-" : p->first_seen.c_str(), p->last_seen.empty() ? "-" : p->last_seen.c_str());
  if (!p->aliases.empty()) {
    std::printf("names:");
    for (const auto& a : p->aliases) std::printf(" %s ·", a.c_str());
    std::printf("\n");
  }
  for (const auto& r : p->roles)
    std::printf("role: %s (%s) %s..%s\n", r.role_ar.c_str(), r.role_en.c_str(), r.valid_from.c_str(), r.valid_to.c_str());
  for (const auto& r : p->relations)
    std::printf("relation: %s %s %s  %s\n", r.subject.c_str(), r.predicate.c_str(), r.object.c_str(),
                r.doc.empty() ? "(data)" : ("(" + r.doc + ")").c_str());
  for (const auto& [root, n] : p->events_as_source) std::printf("events as source, CAMEO %s: %zu\n", root.c_str(), n);
  for (const auto& [root, n] : p->events_as_target) std::printf("events as target, CAMEO %s: %zu\n", root.c_str(), n);
  return 0;
}

int events(const EventsOptions& options) {
  auto db = open_existing(options.db);
  if (!db) return 2;
  store::Reader reader(*db);
  store::EventFilter f;
  f.actor = resolve_actor(reader, options.actor);
  f.place = resolve_actor(reader, options.place);
  f.type = options.type;
  f.from = options.from;
  f.to = options.to;
  f.doc = options.doc;
  f.limit = options.limit;
  auto rows = reader.events(f);
  if (options.json) {
    for (const auto& e : rows) std::cout << event_json(e).dump() << "\n";
  } else {
    print_event_table(rows);
  }
  return 0;
}

int timeline(const TimelineOptions& options) {
  auto db = open_existing(options.db);
  if (!db) return 2;
  store::Reader reader(*db);
  auto a = reader.find_actor(options.actor);
  if (!a) {
    std::cerr << "marsad: no actor " << options.actor << "\n";
    return 1;
  }
  auto entries = reader.timeline(a->id);
  if (options.json) {
    json list = json::array();
    for (const auto& t : entries) list.push_back({{"date", t.date}, {"event", event_json(t.event)}});
    std::cout << json{{"actor", a->id}, {"timeline", list}}.dump() << "\n";
    return 0;
  }
  std::printf("%s: %zu events\n", a->id.c_str(), entries.size());
  std::vector<store::EventRow> rows;
  for (auto& t : entries) rows.push_back(std::move(t.event));
  print_event_table(rows);
  return 0;
}

namespace {

// PRAGMA integrity_check, then FTS5's own check that the index matches the documents
// (it re-analyzes every document: slow on a big database).
bool check_database(store::Database& db) {
  auto q = db.prepare("PRAGMA integrity_check");
  std::string verdict = q.step() ? q.text(0) : "no answer";
  if (verdict != "ok") {
    std::cerr << "marsad: " << db.path() << ": integrity_check: " << verdict << "\n";
    return false;
  }
  // A run killed between the schema and the index stored no document: nothing to check.
  if (!has_table(db, "doc_search") && db.scalar("SELECT count(*) FROM documents") == 0) return true;
  try {
    search::register_fts(db);
    db.exec("INSERT INTO doc_search(doc_search, rank) VALUES('integrity-check', 1)");
  } catch (const std::exception& e) {
    std::cerr << "marsad: " << db.path() << ": full-text index: " << e.what() << "\n";
    return false;
  }
  return true;
}

}  // namespace

int stats(const StatsOptions& options) {
  auto db = open_existing(options.db, /*empty_is_fine=*/true);
  if (!db) return 2;
  if (!has_schema(*db)) {  // a run killed before it made the schema: consistent, and empty
    std::cout << (options.json ? "{\"documents\":0}\n" : "documents 0 (an empty database)\n");
    return 0;
  }
  if (options.check && !check_database(*db)) return 1;
  auto s = store::Reader(*db).stats();
  if (options.json) {
    std::cout << json{{"documents", s.documents}, {"words", s.words}, {"mentions", s.mentions},
                      {"linked_mentions", s.linked_mentions}, {"actors", s.actors}, {"known_actors", s.known_actors},
                      {"events", s.events}, {"relations", s.relations}, {"repairs", s.repairs}, {"sources", s.sources},
                      {"first_date", s.first_date}, {"last_date", s.last_date}, {"schema_version", s.schema_version},
                      {"events_by_root", s.events_by_root}}
                     .dump()
              << "\n";
    return 0;
  }
  std::printf("documents %zu (%zu words, %zu sources, %s..%s)\nmentions  %zu (%zu linked)\nactors    %zu in documents, "
              "%zu known\nevents    %zu\nrelations %zu\nrepairs   %zu\nschema    v%d\n",
              s.documents, s.words, s.sources, s.first_date.c_str(), s.last_date.c_str(), s.mentions, s.linked_mentions,
              s.actors, s.known_actors, s.events, s.relations, s.repairs, s.schema_version);
  return 0;
}

}  // namespace marsad::cli

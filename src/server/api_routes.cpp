#include "server/api_routes.h"

#include <httplib.h>

#include "server/api_error.h"
#include "server/api_json.h"
#include "server/query_params.h"
#include "server/read_connections.h"

namespace marsad::server {
namespace {

bool starts_with(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// An actor id from an id or a name; the input itself when nothing matches (a filter then
// finds nothing, which is the truth) — as the CLI does.
std::string resolve_actor(const store::Reader& reader, const std::string& id_or_name) {
  if (id_or_name.empty()) return "";
  auto a = reader.find_actor(id_or_name);
  return a ? a->id : id_or_name;
}

store::EventFilter event_filter(const QueryParams& q, const store::Reader& reader) {
  store::EventFilter f;
  f.actor = resolve_actor(reader, q.text("actor"));
  f.place = resolve_actor(reader, q.text("place"));
  f.type = q.text("type");
  f.from = q.date("from");
  f.to = q.date("to");
  f.doc = q.text("doc");
  f.modality = q.text("modality");
  return f;
}

json stats(const QueryParams&, ReadConnection& c) { return stats_json(c.reader.stats()); }

json search(const QueryParams& q, ReadConnection& c) {
  search::SearchOptions options;
  std::string query = q.required("q");
  options.limit = q.number("limit", 10, 1, 100);
  options.actor = resolve_actor(c.reader, q.text("actor"));
  options.place = resolve_actor(c.reader, q.text("place"));
  options.source = q.text("source");
  options.from = q.date("from");
  options.to = q.date("to");
  return search_json(c.searcher.search(query, options));
}

json documents(const QueryParams& q, ReadConnection& c) {
  json list = json::array();
  for (const auto& d : c.reader.documents(q.number("limit", 100, 1, 1000), q.number("offset", 0, 0, 1000000000)))
    list.push_back(summary_json(d));
  return {{"documents", list}};
}

json document(const std::string& id, ReadConnection& c) {
  auto d = c.reader.document(id);
  if (!d) throw ApiError(404, "no document " + id.substr(0, 100));
  return document_json(*d);
}

json actor_lookup(const QueryParams& q, ReadConnection& c) {
  std::string name = q.required("q");
  auto a = c.reader.find_actor(name);
  if (!a) throw ApiError(404, "no actor " + name.substr(0, 100));
  return actor_json(*a);
}

json actor_profile(const std::string& id, ReadConnection& c) {
  auto p = c.reader.actor_profile(id);
  if (!p) throw ApiError(404, "no actor " + id.substr(0, 100));
  return profile_json(*p);
}

json events(const QueryParams& q, ReadConnection& c) {
  store::EventFilter f = event_filter(q, c.reader);
  f.limit = q.number("limit", 100, 1, 1000);
  f.offset = q.number("offset", 0, 0, 1000000000);
  auto rows = c.reader.events(f);
  auto actors = actors_of(c.reader, rows);
  json list = json::array();
  for (const auto& e : rows) list.push_back(event_json(e, actors));
  return {{"events", list}};
}

// The centre must exist (404 otherwise): an empty graph would look like an actor with no ties.
std::string known_actor(const QueryParams& q, ReadConnection& c) {
  std::string name = q.required("actor");
  auto a = c.reader.find_actor(name);
  if (!a) throw ApiError(404, "no actor " + name.substr(0, 100));
  return a->id;
}

json graph(const QueryParams& q, ReadConnection& c) {
  std::string id = known_actor(q, c);
  int depth = static_cast<int>(q.number("depth", 1, 1, 2));
  return graph_json(c.reader.graph(id, depth, q.number("limit", 200, 1, 1000)));
}

json timeline(const QueryParams& q, ReadConnection& c) {
  size_t limit = q.number("limit", 1000, 1, 10000);
  std::vector<store::TimelineEntry> entries;
  if (q.text("actor").empty()) {
    store::EventFilter f;
    f.limit = limit;
    for (auto& e : c.reader.events(f)) {
      std::string date = e.date.empty() ? e.doc_date : e.date;
      entries.push_back({std::move(date), std::move(e)});
    }
  } else {
    entries = c.reader.timeline(known_actor(q, c), limit);
  }
  std::vector<store::EventRow> rows;
  for (const auto& t : entries) rows.push_back(t.event);
  auto actors = actors_of(c.reader, rows);
  json list = json::array();
  for (const auto& t : entries) list.push_back({{"date", t.date}, {"event", event_json(t.event, actors)}});
  return {{"entries", list}};
}

// Events whose place has coordinates (Reader::located_events, but `limit` counts located
// events: pages of events are read until there are enough).
json map(const QueryParams& q, ReadConnection& c) {
  constexpr size_t kPage = 5000;
  store::EventFilter f = event_filter(q, c.reader);
  size_t limit = q.number("limit", 5000, 1, 20000);
  std::vector<store::EventRow> rows;
  ActorIndex actors;
  for (f.limit = kPage;; f.offset += kPage) {
    auto page = c.reader.events(f);
    actors.merge(actors_of(c.reader, page));
    for (auto& e : page) {
      auto place = actors.find(e.location);
      if (place != actors.end() && place->second.lat && place->second.lon) rows.push_back(std::move(e));
    }
    if (rows.size() >= limit || page.size() < kPage) break;
  }
  if (rows.size() > limit) rows.resize(limit);
  return geojson(rows, actors);
}

using Endpoint = json (*)(const QueryParams&, ReadConnection&);
struct Route {
  const char* path;
  Endpoint endpoint;
};
constexpr Route kRoutes[] = {{"/api/stats", stats},   {"/api/search", search}, {"/api/documents", documents},
                             {"/api/actors", actor_lookup}, {"/api/events", events}, {"/api/graph", graph},
                             {"/api/timeline", timeline}, {"/api/map", map}};
const std::string kDocumentPrefix = "/api/documents/", kActorPrefix = "/api/actors/";

}  // namespace

json answer_get(const httplib::Request& request, ReadConnection& connection) {
  QueryParams params(request);
  const std::string& path = request.path;
  for (const auto& route : kRoutes)
    if (path == route.path) return route.endpoint(params, connection);
  if (starts_with(path, kDocumentPrefix) && path.size() > kDocumentPrefix.size())
    return document(path.substr(kDocumentPrefix.size()), connection);
  if (starts_with(path, kActorPrefix) && path.size() > kActorPrefix.size())
    return actor_profile(path.substr(kActorPrefix.size()), connection);
  throw ApiError(404, "no such endpoint");
}

bool is_api_path(const std::string& path) {
  for (const auto& route : kRoutes)
    if (path == route.path) return true;
  return (starts_with(path, kDocumentPrefix) && path.size() > kDocumentPrefix.size()) ||
         (starts_with(path, kActorPrefix) && path.size() > kActorPrefix.size());
}

}  // namespace marsad::server

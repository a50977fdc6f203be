// The JSON the HTTP API answers with (the shapes of /tmp api contract, documented in the
// README): store rows in, nlohmann::json out. Spans stay code points of the original text.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "search/search.h"
#include "store/reader.h"

namespace marsad::server {

using nlohmann::json;
using ActorIndex = std::map<std::string, store::ActorRow>;  // id → actor, for names next to ids

json actor_json(const store::ActorRow& a);
json event_json(const store::EventRow& e, const ActorIndex& actors);
json relation_json(const store::RelationRow& r);
json document_json(const store::DocumentView& d);
json profile_json(const store::ActorProfile& p);
json search_json(const search::SearchResults& found);
json stats_json(const store::Stats& s);
json graph_json(const store::Graph& g);
json summary_json(const store::DocumentSummary& d);
// Located events as a GeoJSON FeatureCollection; events whose place has no coordinates are left out.
json geojson(const std::vector<store::EventRow>& events, const ActorIndex& actors);

// The actors the events name (source, target, location), read in one query.
ActorIndex actors_of(const store::Reader& reader, const std::vector<store::EventRow>& events);

}  // namespace marsad::server

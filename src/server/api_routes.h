// The read endpoints of the API: a GET path and its query → the JSON answer, on one borrowed
// read connection. Unknown paths and unknown documents or actors are ApiError 404, bad
// parameters ApiError 400.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace httplib {
struct Request;
}

namespace marsad::server {

struct ReadConnection;

nlohmann::json answer_get(const httplib::Request& request, ReadConnection& connection);

// True for a path the API answers with GET (POST elsewhere is then 405, not 404).
bool is_api_path(const std::string& path);

}  // namespace marsad::server

#include "server/query_params.h"

#include <httplib.h>

#include "ingest/decode.h"
#include "server/api_error.h"

namespace marsad::server {

QueryParams::QueryParams(const httplib::Request& request) : request_(request) {
  for (const auto& [name, value] : request.params) {
    if (value.size() > kMaxValueBytes || name.size() > kMaxValueBytes)
      throw ApiError(400, "parameter " + name.substr(0, 40) + " is too long");
    if (ingest::repair_utf8(value).replaced || ingest::repair_utf8(name).replaced || value.find('\0') != std::string::npos)
      throw ApiError(400, "parameter is not UTF-8 text");
  }
}

std::string QueryParams::text(const std::string& name) const {
  return request_.has_param(name) ? request_.get_param_value(name) : "";
}

std::string QueryParams::required(const std::string& name) const {
  std::string v = text(name);
  if (ingest::is_blank(v)) throw ApiError(400, "missing parameter " + name);
  return v;
}

size_t QueryParams::number(const std::string& name, size_t fallback, size_t min, size_t max) const {
  std::string v = text(name);
  if (v.empty()) return fallback;
  if (v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos)
    throw ApiError(400, "parameter " + name + " is not a number");
  size_t n = std::stoul(v);
  if (n < min || n > max)
    throw ApiError(400, "parameter " + name + " must be between " + std::to_string(min) + " and " + std::to_string(max));
  return n;
}

std::string QueryParams::date(const std::string& name) const {
  std::string v = text(name);
  if (v.empty()) return v;
  const std::string shape = "dddd-dd-dd";
  bool ok = v.size() == shape.size();
  for (size_t i = 0; ok && i < shape.size(); ++i) ok = shape[i] == 'd' ? (v[i] >= '0' && v[i] <= '9') : v[i] == '-';
  if (!ok) throw ApiError(400, "parameter " + name + " is not a date (YYYY-MM-DD)");
  return v;
}

}  // namespace marsad::server

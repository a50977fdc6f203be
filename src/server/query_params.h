// The query parameters of an API request, checked before they reach the store: every value
// is valid UTF-8 and at most kMaxValueBytes long, numbers are numbers within their bounds,
// dates are dates. A bad value is an ApiError 400 naming the parameter. Values are only ever
// bound to prepared statements, never spliced into SQL.
#pragma once

#include <cstddef>
#include <string>

namespace httplib {
struct Request;
}

namespace marsad::server {

constexpr size_t kMaxValueBytes = 2000;

class QueryParams {
 public:
  explicit QueryParams(const httplib::Request& request);

  // The value, or "" when absent.
  std::string text(const std::string& name) const;
  // Required and not blank.
  std::string required(const std::string& name) const;
  size_t number(const std::string& name, size_t fallback, size_t min, size_t max) const;
  // "" or YYYY-MM-DD (the store compares dates as strings).
  std::string date(const std::string& name) const;

 private:
  const httplib::Request& request_;
};

}  // namespace marsad::server

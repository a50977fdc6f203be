// A request the API refuses: the HTTP status and the message of the JSON error body
// {"error": message, "status": status}. Handlers throw it; the router answers with it.
#pragma once

#include <stdexcept>
#include <string>

namespace marsad::server {

class ApiError : public std::runtime_error {
 public:
  ApiError(int status, const std::string& message) : std::runtime_error(message), status_(status) {}
  int status() const { return status_; }

 private:
  int status_;
};

}  // namespace marsad::server

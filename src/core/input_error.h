// An input that cannot be read, named with the reason. The batch reports it and goes on.
#pragma once

#include <stdexcept>
#include <string>

namespace marsad {

class InputError : public std::runtime_error {
 public:
  InputError(std::string origin, std::string reason)
      : std::runtime_error(origin + ": " + reason), origin_(std::move(origin)), reason_(std::move(reason)) {}
  const std::string& origin() const { return origin_; }
  const std::string& reason() const { return reason_; }

 private:
  std::string origin_;
  std::string reason_;
};

}  // namespace marsad

// The UI bundle (web/dist) served as static files, and only it: a request path is checked
// for traversal before it touches the file system ("..", backslashes, NUL, encoded slashes),
// then the resolved file must still lie inside the canonical bundle folder (symlinks
// included). A path without a file behind it is a client-side route: index.html.
#pragma once

#include <optional>
#include <string>

namespace marsad::server {

struct StaticFile {
  std::string path;          // the file to send
  std::string content_type;
};

class StaticFiles {
 public:
  // `root` may not exist (the UI is not built): then available() is false.
  explicit StaticFiles(const std::string& root);
  bool available() const { return !root_.empty(); }
  const std::string& root() const { return root_; }

  // The file for a decoded request path ("/", "/assets/app.js", "/actor/russia"); throws
  // ApiError 400 for a hostile path, 404 for a missing asset (a name with an extension).
  // `raw_target` is the undecoded request target, checked for encoded separators.
  StaticFile resolve(const std::string& path, const std::string& raw_target) const;

 private:
  std::string root_;  // canonical, without a trailing slash; empty when absent
};

// The UI bundle next to the data folder: <repo>/web/dist when data_dir() is <repo>/data.
std::string default_static_dir();

std::string content_type_of(const std::string& path);

}  // namespace marsad::server

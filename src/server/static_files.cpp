#include "server/static_files.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "core/data_dir.h"
#include "server/api_error.h"

namespace marsad::server {
namespace fs = std::filesystem;
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// Anything a browser never sends for a bundle file but an attacker does.
bool hostile(const std::string& path, const std::string& raw_target) {
  if (path.empty() || path[0] != '/') return true;
  if (path.find('\0') != std::string::npos || path.find('\\') != std::string::npos) return true;
  if (path.find("//") != std::string::npos) return true;  // "//etc/passwd" would read as absolute
  for (size_t start = 1; start <= path.size();) {        // any ".." segment, however it was spelt
    size_t end = std::min(path.find('/', start), path.size());
    if (path.compare(start, end - start, "..") == 0) return true;
    start = end + 1;
  }
  std::string raw = lower(raw_target.substr(0, raw_target.find('?')));
  for (const char* encoded : {"%2f", "%5c", "%00", "%2e%2e", "%252e", "%252f"})
    if (raw.find(encoded) != std::string::npos) return true;
  return false;
}

bool inside(const fs::path& file, const std::string& root) {
  std::string f = file.string();
  return f.size() > root.size() && f.compare(0, root.size(), root) == 0 && f[root.size()] == '/';
}

}  // namespace

StaticFiles::StaticFiles(const std::string& root) {
  std::error_code ec;
  fs::path canonical = fs::canonical(root, ec);
  if (!ec && fs::is_directory(canonical, ec) && fs::is_regular_file(canonical / "index.html", ec))
    root_ = canonical.string();
}

StaticFile StaticFiles::resolve(const std::string& path, const std::string& raw_target) const {
  if (hostile(path, raw_target)) throw ApiError(400, "bad path");
  if (!available()) throw ApiError(404, "the web UI is not built");
  std::string relative = path.substr(1);
  if (relative.empty()) relative = "index.html";
  std::error_code ec;
  fs::path file = fs::weakly_canonical(fs::path(root_) / relative, ec);
  if (!ec && fs::is_directory(file, ec)) file /= "index.html";
  if (!ec && fs::is_regular_file(file, ec)) {
    file = fs::canonical(file, ec);  // symlinks resolved: the target must be inside too
    if (ec || !inside(file, root_)) throw ApiError(404, "not found");
    return {file.string(), content_type_of(file.string())};
  }
  // No such file: an asset name (with an extension) is missing, anything else is a UI route.
  if (fs::path(relative).has_extension()) throw ApiError(404, "not found");
  std::string index = root_ + "/index.html";
  return {index, content_type_of(index)};
}

std::string default_static_dir() {
  fs::path data = fs::path(data_dir()).lexically_normal();
  if (!data.has_filename()) data = data.parent_path();  // "…/data/"
  return (data.parent_path() / "web" / "dist").string();
}

std::string content_type_of(const std::string& path) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".json", "application/json"}, {".geojson", "application/geo+json"}, {".map", "application/json"},
      {".svg", "image/svg+xml"}, {".png", "image/png"}, {".jpg", "image/jpeg"}, {".jpeg", "image/jpeg"},
      {".gif", "image/gif"}, {".webp", "image/webp"}, {".ico", "image/x-icon"}, {".woff", "font/woff"},
      {".woff2", "font/woff2"}, {".ttf", "font/ttf"}, {".otf", "font/otf"}, {".txt", "text/plain; charset=utf-8"},
      {".wasm", "application/wasm"}};
  auto it = types.find(lower(fs::path(path).extension().string()));
  return it == types.end() ? "application/octet-stream" : it->second;
}

}  // namespace marsad::server

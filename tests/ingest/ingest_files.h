// The ingest test corpus (tests/data/ingest, written by its make_corpus.py) and a reader
// that collects everything read_inputs reports.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <unistd.h>

#include "ingest/reader.h"

namespace marsad::ingest::test {

inline std::string corpus(const std::string& relative) { return std::string(MARSAD_TEST_DATA) + "/ingest/" + relative; }

inline std::string bytes_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct Read {
  std::vector<Document> documents;
  std::vector<InputError> errors;
  std::vector<InputError> warnings;
  ReadSummary summary;

  std::vector<std::string> origins() const {
    std::vector<std::string> out;
    for (const Document& d : documents) out.push_back(d.origin);
    return out;
  }
};

inline Read read_all(const std::vector<std::string>& paths, const std::string& date = "") {
  Read read;
  ReadOptions options;
  options.date = date;
  options.on_warning = [&](const InputError& e) { read.warnings.push_back(e); };
  read.summary = read_inputs(
      paths, options, [&](Document&& d) { read.documents.push_back(std::move(d)); },
      [&](const InputError& e) { read.errors.push_back(e); });
  return read;
}

// A fresh empty folder under the system's temp dir, removed with the object.
struct TempDir {
  std::filesystem::path path;
  explicit TempDir(const std::string& name)
      : path(std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
};

}  // namespace marsad::ingest::test

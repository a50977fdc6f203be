// Shared by the text tests: the lexicon (loaded once) and the seed articles.
#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "core/data_dir.h"
#include "core/document.h"
#include "text/analyzer.h"

namespace marsad::testing {

inline std::shared_ptr<const Lexicon> shared_lexicon() {
  static auto lexicon = Lexicon::load();
  return lexicon;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The seed articles by id (file name without extension).
inline std::map<std::string, Document> seed_documents() {
  std::map<std::string, Document> docs;
  for (const auto& entry : std::filesystem::directory_iterator(data_path("corpus/seeds"))) {
    Document doc;
    doc.id = entry.path().stem().string();
    doc.origin = entry.path().string();
    doc.text = read_file(entry.path().string());
    docs.emplace(doc.id, std::move(doc));
  }
  return docs;
}

inline Document document(const std::string& text, const std::string& id = "t") {
  Document doc;
  doc.id = id;
  doc.text = text;
  return doc;
}

}  // namespace marsad::testing

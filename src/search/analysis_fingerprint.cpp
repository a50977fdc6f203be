#include "search/analysis_fingerprint.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "core/data_dir.h"
#include "core/document.h"
#include "search/terms.h"
#include "text/analyzer.h"

namespace marsad::search {
namespace fs = std::filesystem;
namespace {

struct Fnv {
  uint64_t h = 1469598103934665603ull;
  void add(std::string_view bytes) {
    for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
    h = (h ^ 0xff) * 1099511628211ull;  // a separator: "ab"+"c" differs from "a"+"bc"
  }
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The files of `dir` with `extension`, by name, so the order does not depend on the file system.
std::vector<fs::path> files_in(const fs::path& dir, const std::string& extension) {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == extension) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::string analysis_fingerprint(std::shared_ptr<const Lexicon> lexicon) {
  Fnv fnv;
  std::vector<fs::path> files;
  for (const char* dir : {"lexicon", "hunspell", "aliases"}) {
    auto in = files_in(data_path(dir), ".tsv");
    files.insert(files.end(), in.begin(), in.end());
  }
  files.push_back("/usr/share/hunspell/ar.aff");
  files.push_back("/usr/share/hunspell/ar.dic");
  for (const auto& f : files) {
    fnv.add(f.filename().string());
    fnv.add(read_file(f));
  }

  TextAnalyzer analyzer(std::move(lexicon));
  for (const auto& f : files_in(data_path("corpus/seeds"), ".txt")) {
    Document probe;
    probe.text = read_file(f);
    Analyzed analyzed = analyzer.analyze(probe);
    for (Field field : {Field::kTitle, Field::kBody})
      for (const store::IndexTerm& t : index_terms(analyzed, field)) {
        fnv.add(t.term);
        char where[48];
        std::snprintf(where, sizeof where, "%zu:%zu:%d", static_cast<size_t>(t.start), static_cast<size_t>(t.end),
                      t.colocated ? 1 : 0);
        fnv.add(where);
      }
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv.h));
  return hex;
}

}  // namespace marsad::search

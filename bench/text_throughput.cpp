// Throughput of the text layer over a folder of articles, read once into memory and analyzed
// `passes` times on one core (after one warm-up pass):
//   build/bench/text_throughput DIR [passes]
// Prints MB/s of UTF-8 input. Used with callgrind to count instructions per byte.
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "ingest/reader.h"
#include "text/analyzer.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DIR [passes]\n", argv[0]);
    return 2;
  }
  int passes = argc > 2 ? std::atoi(argv[2]) : 5;
  std::vector<marsad::Document> docs;
  size_t bytes = 0;
  marsad::ingest::read_inputs({argv[1]}, {}, [&](marsad::Document&& d) {
    bytes += d.text.size();
    docs.push_back(std::move(d));
  }, nullptr);
  marsad::TextAnalyzer analyzer(marsad::Lexicon::load());
  size_t tokens = 0;
  for (const auto& d : docs) tokens += analyzer.analyze(d).tokens.size();  // warm-up
  auto start = std::chrono::steady_clock::now();
  for (int p = 0; p < passes; ++p)
    for (const auto& d : docs) tokens += analyzer.analyze(d).tokens.size();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%zu documents, %.1f MB x %d passes in %.3f s: %.1f MB/s (%zu tokens)\n", docs.size(), bytes / 1e6,
              passes, seconds, passes * bytes / 1e6 / std::max(seconds, 1e-9), tokens);
}

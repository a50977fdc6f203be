// Throughput of the text layer: decode + repair + normalize + tokenize + clitics, on the
// seed corpus (data/corpus/seeds) repeated. Reports bytes/s of UTF-8 input on one core.
//   build/bench/bench_text --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/data_dir.h"
#include "ingest/decode.h"
#include "text/analyzer.h"

namespace {

std::vector<std::string> seed_files() {
  std::vector<std::string> texts;
  for (const auto& entry : std::filesystem::directory_iterator(marsad::data_path("corpus/seeds"))) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    texts.push_back(buffer.str());
  }
  return texts;
}

std::shared_ptr<const marsad::Lexicon> lexicon() {
  static auto lex = marsad::Lexicon::load();
  return lex;
}

// Warm: the analyzer's word memo already holds the seeds' vocabulary (a long ingest run).
void BM_TextLayerWarm(benchmark::State& state) {
  auto texts = seed_files();
  marsad::TextAnalyzer analyzer(lexicon());
  int64_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& raw : texts) {
      marsad::Document doc;
      doc.id = "bench";
      doc.text = marsad::ingest::decode(raw, "bench").text;
      marsad::Analyzed a = analyzer.analyze(doc);
      benchmark::DoNotOptimize(a.tokens.data());
      bytes += static_cast<int64_t>(raw.size());
    }
  }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_TextLayerWarm)->Unit(benchmark::kMillisecond);

// Cold: a new analyzer per pass, so every word type of the seeds is analyzed afresh
// (lexicon look-ups, hunspell for unknown words, glue search).
void BM_TextLayerCold(benchmark::State& state) {
  auto texts = seed_files();
  int64_t bytes = 0;
  for (auto _ : state) {
    marsad::TextAnalyzer analyzer(lexicon());
    for (const std::string& raw : texts) {
      marsad::Document doc;
      doc.id = "bench";
      doc.text = marsad::ingest::decode(raw, "bench").text;
      marsad::Analyzed a = analyzer.analyze(doc);
      benchmark::DoNotOptimize(a.tokens.data());
      bytes += static_cast<int64_t>(raw.size());
    }
  }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_TextLayerCold)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

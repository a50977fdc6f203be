// Speed of the event stage alone: the seed articles, analyzed once, with their gold mentions;
// the benchmark times EventExtractor::extract. Words/s is counted over the article words.
#include <benchmark/benchmark.h>

#include "../tests/events/gold_fixture.h"

namespace {

using namespace marsad;

void BM_EventStage(benchmark::State& state) {
  const char* seeds[] = {"000_91d677eadaf30955", "001_4adcd82f8367ead6", "002_979cc18ec33a5328",
                         "003_b370dc8600bd6f38", "004_fb28ff19c70edb97"};
  struct Input {
    events_testing::GoldRun run;
    Analyzed analyzed;
  };
  std::vector<std::unique_ptr<Input>> inputs;
  auto& stage = events_testing::Stage::get();
  TextAnalyzer analyzer(stage.lexicon);
  size_t words = 0;
  for (const char* doc : seeds) {
    auto in = std::make_unique<Input>();
    in->run = events_testing::run_on_gold(std::string(MARSAD_BENCH_GOLD) + "/" + doc + ".gold.json",
                                          data_path(std::string("corpus/seeds/") + doc + ".txt"), "");
    in->analyzed = analyzer.analyze(in->run.document);
    for (const auto& t : in->analyzed.tokens) words += t.kind == TokenKind::kWord;
    inputs.push_back(std::move(in));
  }
  EventExtractor extractor(stage.knowledge);
  for (auto _ : state) {
    for (auto& in : inputs) {
      Extraction x = in->run.extraction;
      x.events.clear();
      x.relations.clear();
      x.publication_date = {};
      extractor.extract(in->analyzed, x);
      benchmark::DoNotOptimize(x.events.data());
    }
  }
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(words * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_EventStage)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

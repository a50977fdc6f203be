// Speed of the entity stage: tagger + gazetteer names + combination + linking, in tokens per
// second on one thread, over the seed articles (data/corpus/seeds) analyzed beforehand; and
// the load time of the entity knowledge and the whole pipeline's throughput (bytes and words/s).
//   bench_extract --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <stdexcept>

#include "core/data_dir.h"
#include "entities/linker.h"
#include "entities/mention_finder.h"
#include "entities/model_names.h"
#include "ingest/reader.h"
#include "pipeline/knowledge_data.h"
#include "pipeline/pipeline.h"
#include "text/analyzer.h"

namespace {

using namespace marsad;

const std::vector<Document>& seeds() {
  static const std::vector<Document> docs = [] {
    std::vector<Document> out;
    ingest::read_inputs({data_path("corpus/seeds")}, {}, [&](Document&& d) { out.push_back(std::move(d)); },
                        [](const InputError& e) { throw std::runtime_error(e.what()); });
    return out;
  }();
  return docs;
}

const std::shared_ptr<const Knowledge>& knowledge() {
  static const std::shared_ptr<const Knowledge> k = Knowledge::load();
  return k;
}

void BM_EntityStage(benchmark::State& state) {
  const KnowledgeData& k = knowledge()->data();
  TextAnalyzer analyzer(k.lexicon);
  std::vector<Analyzed> analyzed;
  size_t tokens = 0;
  for (const Document& d : seeds()) {
    analyzed.push_back(analyzer.analyze(d));
    tokens += analyzed.back().tokens.size();
  }
  MentionFinder finder(*k.gazetteer, *k.lexicon, *k.cues);
  Linker linker(*k.gazetteer, *k.cues, finder, *k.lexicon);
  for (auto _ : state) {
    for (const Analyzed& a : analyzed) {
      Extraction x;
      std::vector<Candidate> unknown;
      if (k.tagger && state.range(0)) unknown = finder.tagger_names(a, find_model_names(*k.tagger, a));
      linker.link(a, finder.combine(a, finder.gazetteer_names(a), unknown), x);
      benchmark::DoNotOptimize(x);
    }
  }
  state.SetItemsProcessed(int64_t(state.iterations() * tokens));
}
// Argument 1: tagger + gazetteer (the pipeline); 0: the gazetteer and linking alone.
BENCHMARK(BM_EntityStage)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);

// words/s is the figure of the speed bar (issue 4): the article words (tokens of kind kWord, as
// the text stage splits them: و and ال stay on their word) the whole extract reads per second.
void BM_WholePipeline(benchmark::State& state) {
  Pipeline pipeline(knowledge());
  TextAnalyzer analyzer(knowledge()->data().lexicon);
  size_t bytes = 0, words = 0;
  for (const Document& d : seeds()) {
    bytes += d.text.size();
    for (const Token& t : analyzer.analyze(d).tokens) words += t.kind == TokenKind::kWord;
  }
  for (auto _ : state)
    for (const Document& d : seeds()) benchmark::DoNotOptimize(pipeline.extract(d));
  state.SetBytesProcessed(int64_t(state.iterations() * bytes));
  state.counters["words/s"] = benchmark::Counter(double(words * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_WholePipeline)->Unit(benchmark::kMillisecond);

void BM_LoadGazetteer(benchmark::State& state) {
  auto lexicon = knowledge()->data().lexicon;
  for (auto _ : state) {
    auto g = Gazetteer::load(lexicon);
    benchmark::DoNotOptimize(Cues::load(*g));
  }
}
BENCHMARK(BM_LoadGazetteer)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_LoadKnowledge(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Knowledge::load());
}
BENCHMARK(BM_LoadKnowledge)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace

BENCHMARK_MAIN();

// Speed of the named-entity tagger: tokens per second on ANERcorp's test split, one thread.
//   bench_ner --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
// BM_TagWarm is the steady state of a long run: the hunspell memo has seen the words (a cold
// pass, every word new to hunspell, runs at about a third of the speed: eval-ner shows it).
// Sentences go in blocks of ten through tag_document(), as eval-ner does.
#include <benchmark/benchmark.h>

#include <algorithm>

#include "core/data_dir.h"
#include "entities/conll.h"
#include "entities/tagger.h"

namespace {

using namespace marsad;

const std::vector<LabeledSentence>& sentences() {
  static const std::vector<LabeledSentence> s = read_conll(data_path("ner/anercorp_test.txt"));
  return s;
}

size_t token_count() {
  size_t n = 0;
  for (const auto& s : sentences()) n += s.tokens.size();
  return n;
}

void tag_all(const NerTagger& tagger) {
  const auto& all = sentences();
  for (size_t first = 0; first < all.size(); first += kSentencesPerPseudoDocument) {
    std::vector<std::vector<std::u32string_view>> document;
    for (size_t s = first; s < std::min(all.size(), first + kSentencesPerPseudoDocument); ++s)
      document.emplace_back(all[s].tokens.begin(), all[s].tokens.end());
    benchmark::DoNotOptimize(tagger.tag_document(document));
  }
}

void BM_TagWarm(benchmark::State& state) {
  static const std::unique_ptr<NerTagger> tagger = NerTagger::load();
  tag_all(*tagger);  // warm the memo
  for (auto _ : state) tag_all(*tagger);
  state.SetItemsProcessed(int64_t(state.iterations() * token_count()));
}
BENCHMARK(BM_TagWarm)->Unit(benchmark::kMillisecond);

void BM_LoadModel(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(NerTagger::load());
}
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

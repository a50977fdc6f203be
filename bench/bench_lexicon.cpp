// First sight of words: what Lexicon::spelled() costs on words a thread has never asked about
// (unseen text), in words per second. Each iteration asks from a new thread, whose memo of
// hunspell's answers is empty. The words come from the committed lexicon (data/lexicon/
// words.tsv): arg 0 asks its words as listed (answered by data/hunspell/spelled_forms.tsv
// when it matches the installed hunspell-ar); arg 1 the same words with the pronoun suffix ها,
// which the lexicon mostly lacks: hunspell answers those.
//   bench_lexicon --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <thread>

#include "core/data_dir.h"
#include "core/tsv.h"
#include "core/utf8.h"
#include "text/lexicon.h"

namespace {

using namespace marsad;

constexpr size_t kWords = 3000;

const std::vector<std::u32string>& lexicon_words() {
  static const std::vector<std::u32string> words = [] {
    std::vector<std::u32string> out;
    // Every 10th key: frequent and rare words alike.
    size_t row = 0;
    for_each_tsv_row(data_path("lexicon/words.tsv"), 2, [&](const std::vector<std::string_view>& f) {
      if (row++ % 10 == 0 && out.size() < kWords) out.push_back(utf8::decode(f[0]));
    });
    return out;
  }();
  return words;
}

void BM_SpelledFirstSight(benchmark::State& state) {
  static const auto lexicon = Lexicon::load();
  std::vector<std::u32string> words = lexicon_words();
  if (state.range(0))
    for (std::u32string& w : words) w += U"ها";
  size_t spelled = 0;
  for (auto _ : state) {
    std::thread([&] {
      for (const std::u32string& w : words) spelled += lexicon->spelled(w);
    }).join();
  }
  benchmark::DoNotOptimize(spelled);
  state.SetItemsProcessed(int64_t(state.iterations() * words.size()));
}
// Real time: the work runs on the spawned thread, not the one the benchmark times.
BENCHMARK(BM_SpelledFirstSight)->Arg(0)->Arg(1)->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

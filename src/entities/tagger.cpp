#include "entities/tagger.h"

#include <array>
#include <cmath>
#include <cstdint>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "core/data_dir.h"
#include "entities/ner_features.h"
#include "entities/tagger_model.h"
#include "text/lexicon.h"

namespace marsad {
namespace {

// Feature hash → the feature's weights in both passes. Two arrays: an open-addressing index
// (linear probing) of 8-byte slots, and the weight rows the slots point to. Most lookups are
// for features the model does not have, and each probe then touches only the small index (8
// slots per cache line) instead of the weights. A slot keeps the hash's upper 32 bits as a
// fingerprint: its lower bits already chose the slot, so two features that share slot and
// fingerprint (about 2^-52 per pair) are the only confusion possible. The weights sit in the
// row as the model file has them (16 bits, one scale per pass), both passes side by side: a
// feature both passes read is looked up once.
class FeatureTable {
 public:
  struct Row {
    std::array<int16_t, kTagCount> first{}, second{};
  };

  // `second` may be null (a model of one pass).
  FeatureTable(const NerWeights& first, const NerWeights* second)
      : first_scale_(weight_scale(first)), second_scale_(second ? weight_scale(*second) : 0.0f) {
    size_t capacity = 16;
    const size_t count = first.features.size() + (second ? second->features.size() : 0);
    while (capacity < count * 2) capacity *= 2;
    mask_ = capacity - 1;
    slots_.assign(capacity, Slot{});
    rows_.reserve(count + 1);
    auto fill = [&](const NerWeights& w, float scale, bool is_second) {
      for (size_t f = 0; f < w.features.size(); ++f) {
        Row& row = row_for(w.features[f]);
        auto& weights = is_second ? row.second : row.first;
        for (int t = 0; t < kTagCount; ++t)
          weights[t] = int16_t(std::lround(w.rows[f * kTagCount + t] / scale));
      }
    };
    fill(first, first_scale_, false);
    if (second) fill(*second, second_scale_, true);
    rows_.emplace_back();  // spare: sum_rows() reads a little past a row's end
  }

  // Asks the memory for a feature's slot ahead of find(): a token's ~50 lookups then wait
  // for the memory together instead of one after another.
  void prefetch(uint64_t feature) const { __builtin_prefetch(&slots_[feature & mask_]); }

  // The row of a feature, or null if the model has none.
  const Row* find(uint64_t feature) const {
    const uint32_t print = fingerprint(feature);
    for (size_t i = feature & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.row == kEmpty) return nullptr;
      if (slot.print == print) return &rows_[slot.row];
    }
  }

  float first_scale() const { return first_scale_; }
  float second_scale() const { return second_scale_; }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint32_t print = 0;
    uint32_t row = kEmpty;
  };
  static uint32_t fingerprint(uint64_t feature) { return uint32_t(feature >> 32); }

  Row& row_for(uint64_t feature) {
    const uint32_t print = fingerprint(feature);
    size_t i = feature & mask_;
    while (slots_[i].row != kEmpty && slots_[i].print != print) i = (i + 1) & mask_;
    if (slots_[i].row == kEmpty) {
      slots_[i] = {print, uint32_t(rows_.size())};
      rows_.emplace_back();
    }
    return rows_[slots_[i].row];
  }

  size_t mask_ = 0;
  std::vector<Slot> slots_;
  std::vector<Row> rows_;
  float first_scale_, second_scale_;
};

// The sums of some rows' weights: both passes, as the row holds them (first, then second), and
// two spare lanes. Integer sums, so the order of the additions changes nothing.
constexpr size_t kRowSums = 20;
static_assert(sizeof(FeatureTable::Row) == 2 * kTagCount * sizeof(int16_t) && 2 * kTagCount <= kRowSums);

std::array<int32_t, kRowSums> sum_rows(const std::vector<const FeatureTable::Row*>& rows) {
  std::array<int32_t, kRowSums> sums{};
#ifdef __SSE2__
  // Each row is 18 16-bit weights; three 16-byte loads cover them (the table keeps a spare row
  // after the last, so the third load never leaves it). Widened to 32 bits by sign extension.
  __m128i acc[5] = {_mm_setzero_si128(), _mm_setzero_si128(), _mm_setzero_si128(), _mm_setzero_si128(),
                    _mm_setzero_si128()};
  auto widen_lo = [](__m128i x) { return _mm_srai_epi32(_mm_unpacklo_epi16(x, x), 16); };
  auto widen_hi = [](__m128i x) { return _mm_srai_epi32(_mm_unpackhi_epi16(x, x), 16); };
  for (const FeatureTable::Row* row : rows) {
    const char* p = reinterpret_cast<const char*>(row);
    const __m128i x0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i x1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16));
    const __m128i x2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 32));
    acc[0] = _mm_add_epi32(acc[0], widen_lo(x0));
    acc[1] = _mm_add_epi32(acc[1], widen_hi(x0));
    acc[2] = _mm_add_epi32(acc[2], widen_lo(x1));
    acc[3] = _mm_add_epi32(acc[3], widen_hi(x1));
    acc[4] = _mm_add_epi32(acc[4], widen_lo(x2));
  }
  for (int k = 0; k < 5; ++k) _mm_storeu_si128(reinterpret_cast<__m128i*>(sums.data() + 4 * k), acc[k]);
#else
  for (const FeatureTable::Row* row : rows)
    for (int t = 0; t < kTagCount; ++t) {
      sums[t] += row->first[t];
      sums[kTagCount + t] += row->second[t];
    }
#endif
  return sums;
}

// Sums the weights of a sentence's features, per token and tag: into `first` and `second`
// (either may be null), n × kTagCount each. Memory-bound, so pipelined: while token i's rows
// are found and summed, token i + 1's slots are on their way, and each row is asked for as
// soon as its slot is read.
void score(const FeatureTable& table, const SentenceFeatures& f, int32_t* first, int32_t* second) {
  const size_t n = f.size();
  if (n == 0) return;
  thread_local std::vector<const FeatureTable::Row*> rows;
  for (const uint64_t* h = f.begin(0); h != f.end(0); ++h) table.prefetch(*h);
  for (size_t i = 0; i < n; ++i) {
    rows.clear();
    for (const uint64_t* h = f.begin(i); h != f.end(i); ++h) {
      if (const FeatureTable::Row* row = table.find(*h)) {
        __builtin_prefetch(row);
        rows.push_back(row);
      }
    }
    if (i + 1 < n)
      for (const uint64_t* h = f.begin(i + 1); h != f.end(i + 1); ++h) table.prefetch(*h);
    const std::array<int32_t, kRowSums> sums = sum_rows(rows);
    if (first)
      for (int t = 0; t < kTagCount; ++t) first[i * kTagCount + t] += sums[t];
    if (second)
      for (int t = 0; t < kTagCount; ++t) second[i * kTagCount + t] += sums[kTagCount + t];
  }
}

// The lexicon (hunspell-ar and the word counts) loads in ~0.4 s and the memo of its verdicts
// is worth sharing: one per process unless the caller brings its own.
const WordAnalyzer& shared_word_analyzer() {
  static const WordAnalyzer words(Lexicon::load());
  return words;
}

}  // namespace

struct NerTagger::State {
  NerModel model;
  std::unique_ptr<WordAnalyzer> own_words;  // when the caller gave a lexicon
  NerFeatureExtractor extractor;
  FeatureTable table;  // "first" is the only pass of an unstacked model

  State(NerModel m, std::shared_ptr<const Lexicon> lexicon)
      : model(std::move(m)),
        own_words(lexicon && model.knowledge.use_lexicon ? std::make_unique<WordAnalyzer>(std::move(lexicon))
                                                         : nullptr),
        extractor(model.knowledge, !model.knowledge.use_lexicon ? nullptr
                                   : own_words                  ? own_words.get()
                                                                : &shared_word_analyzer()),
        table(model.stacked() ? model.first_pass : model.weights, model.stacked() ? &model.weights : nullptr) {}
};

std::unique_ptr<NerTagger> NerTagger::load(const std::string& path, std::shared_ptr<const Lexicon> lexicon) {
  return std::make_unique<NerTagger>(load_model(path.empty() ? data_path("models/ner.model") : path),
                                     std::move(lexicon));
}

NerTagger::NerTagger(NerModel model, std::shared_ptr<const Lexicon> lexicon)
    : state_(std::make_unique<State>(std::move(model), std::move(lexicon))) {}
NerTagger::~NerTagger() = default;

std::vector<Tag> NerTagger::tag(const std::vector<std::u32string_view>& surfaces) const {
  return tag_document({surfaces})[0];
}

std::vector<std::vector<Tag>> NerTagger::tag_document(
    const std::vector<std::vector<std::u32string_view>>& sentences, const DocumentSegmentations* segmented) const {
  const NerFeatureExtractor& extractor = state_->extractor;
  NerDocument document = extractor.read(sentences, segmented);
  std::vector<SentenceFeatures> features;
  extractor.features(document, features);

  std::vector<std::vector<Tag>> tags(sentences.size());
  const bool stacked = state_->model.stacked();
  const FeatureTable& table = state_->table;
  // Both passes read the features of the first: score them once, keep the second's sums.
  std::vector<std::vector<int32_t>> second_sums(stacked ? sentences.size() : 0);
  std::vector<int32_t> first_sums;
  std::vector<float> emissions;
  auto decode = [&](const std::vector<int32_t>& sums, float scale, const NerWeights& weights, std::vector<Tag>& out) {
    emissions.resize(sums.size());
    for (size_t k = 0; k < sums.size(); ++k) emissions[k] = float(sums[k]) * scale;
    viterbi(emissions.data(), sums.size() / kTagCount, weights.transitions.data(), out);
  };
  for (size_t s = 0; s < sentences.size(); ++s) {
    first_sums.assign(features[s].size() * kTagCount, 0);
    if (stacked) second_sums[s].assign(features[s].size() * kTagCount, 0);
    score(table, features[s], first_sums.data(), stacked ? second_sums[s].data() : nullptr);
    decode(first_sums, table.first_scale(), stacked ? state_->model.first_pass : state_->model.weights, tags[s]);
  }
  if (stacked) {
    std::vector<SentenceFeatures> hint_features;
    extractor.hint_features(document, tags, hint_features);
    for (size_t s = 0; s < sentences.size(); ++s) {
      score(table, hint_features[s], nullptr, second_sums[s].data());
      decode(second_sums[s], table.second_scale(), state_->model.weights, tags[s]);
    }
  }
  return tags;
}

std::vector<Tag> NerTagger::tag(const std::vector<std::u32string>& surfaces) const {
  return tag(std::vector<std::u32string_view>(surfaces.begin(), surfaces.end()));
}

void NerTagger::save(const std::string& path) const { save_model(state_->model, path); }
const NerModel& NerTagger::model() const { return state_->model; }

}  // namespace marsad

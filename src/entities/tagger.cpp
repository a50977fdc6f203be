#include "entities/tagger.h"

#include <array>
#include <cmath>

#include "core/data_dir.h"
#include "entities/ner_features.h"
#include "entities/tagger_model.h"
#include "text/lexicon.h"

namespace marsad {
namespace {

// Feature hash → the feature's weights in both passes, open addressing with linear probing.
// Hashes are already well mixed (ner_features.cpp), so their low bits pick the slot; 0 marks
// an empty slot. The weights sit in the slot as the model file has them (16 bits, one scale
// per pass): a lookup touches one cache line, and a feature both passes read is looked up
// once.
class FeatureTable {
 public:
  struct Slot {
    uint64_t feature = 0;
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
    auto fill = [&](const NerWeights& w, float scale, bool is_second) {
      for (size_t row = 0; row < w.features.size(); ++row) {
        Slot& slot = slot_for(w.features[row]);
        slot.feature = w.features[row];
        auto& weights = is_second ? slot.second : slot.first;
        for (int t = 0; t < kTagCount; ++t)
          weights[t] = int16_t(std::lround(w.rows[row * kTagCount + t] / scale));
      }
    };
    fill(first, first_scale_, false);
    if (second) fill(*second, second_scale_, true);
  }

  // Asks the memory for a feature's slot ahead of find(): a token's ~50 lookups then wait
  // for the memory together instead of one after another.
  void prefetch(uint64_t feature) const { __builtin_prefetch(&slots_[feature & mask_]); }

  // The slot of a feature, or null if the model has none.
  const Slot* find(uint64_t feature) const {
    for (size_t i = feature & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].feature == feature) return &slots_[i];
      if (slots_[i].feature == 0) return nullptr;
    }
  }

  float first_scale() const { return first_scale_; }
  float second_scale() const { return second_scale_; }

 private:
  Slot& slot_for(uint64_t feature) {
    size_t i = feature & mask_;
    while (slots_[i].feature != 0 && slots_[i].feature != feature) i = (i + 1) & mask_;
    return slots_[i];
  }

  size_t mask_ = 0;
  std::vector<Slot> slots_;
  float first_scale_, second_scale_;
};

// Sums the weights of a sentence's features, per token and tag: into `first` and `second`
// (either may be null), n × kTagCount each.
void score(const FeatureTable& table, const SentenceFeatures& f, int32_t* first, int32_t* second) {
  for (size_t i = 0; i < f.size(); ++i) {
    for (const uint64_t* h = f.begin(i); h != f.end(i); ++h) table.prefetch(*h);
    for (const uint64_t* h = f.begin(i); h != f.end(i); ++h) {
      const FeatureTable::Slot* slot = table.find(*h);
      if (!slot) continue;
      if (first)
        for (int t = 0; t < kTagCount; ++t) first[i * kTagCount + t] += slot->first[t];
      if (second)
        for (int t = 0; t < kTagCount; ++t) second[i * kTagCount + t] += slot->second[t];
    }
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
    const std::vector<std::vector<std::u32string_view>>& sentences) const {
  const NerFeatureExtractor& extractor = state_->extractor;
  NerDocument document = extractor.read(sentences);
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

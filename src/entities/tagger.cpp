#include "entities/tagger.h"

#include "core/data_dir.h"
#include "entities/ner_features.h"
#include "entities/tagger_model.h"

namespace marsad {
namespace {

// Feature hash → weight row, open addressing with linear probing. Hashes are already well
// mixed (ner_features.cpp), so their low bits pick the slot; 0 marks an empty slot.
class FeatureTable {
 public:
  explicit FeatureTable(const std::vector<uint64_t>& features) {
    size_t capacity = 16;
    while (capacity < features.size() * 2) capacity *= 2;
    mask_ = capacity - 1;
    keys_.assign(capacity, 0);
    rows_.assign(capacity, 0);
    for (uint32_t row = 0; row < features.size(); ++row) {
      size_t slot = features[row] & mask_;
      while (keys_[slot] != 0) slot = (slot + 1) & mask_;
      keys_[slot] = features[row];
      rows_[slot] = row;
    }
  }
  // Asks the memory for a feature's slot ahead of find(): a token's ~40 lookups then wait
  // for the memory together instead of one after another.
  void prefetch(uint64_t feature) const { __builtin_prefetch(&keys_[feature & mask_]); }

  // The row of a feature, or −1 if the model has none.
  int64_t find(uint64_t feature) const {
    for (size_t slot = feature & mask_;; slot = (slot + 1) & mask_) {
      if (keys_[slot] == feature) return rows_[slot];
      if (keys_[slot] == 0) return -1;
    }
  }

 private:
  size_t mask_ = 0;
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> rows_;
};

// hunspell-ar loads in ~0.3 s and its memo is worth sharing: one per process.
const KnownWords& shared_known_words() {
  static const KnownWords known;
  return known;
}

}  // namespace

struct NerTagger::State {
  NerModel model;
  NerFeatureExtractor extractor;
  FeatureTable table;

  explicit State(NerModel m)
      : model(std::move(m)),
        extractor(model.knowledge, model.knowledge.use_hunspell ? &shared_known_words() : nullptr),
        table(model.weights.features) {}
};

std::unique_ptr<NerTagger> NerTagger::load(const std::string& path) {
  return std::make_unique<NerTagger>(load_model(path.empty() ? data_path("models/ner.model") : path));
}

NerTagger::NerTagger(NerModel model) : state_(std::make_unique<State>(std::move(model))) {}
NerTagger::~NerTagger() = default;

std::vector<Tag> NerTagger::tag(const std::vector<std::u32string_view>& surfaces) const {
  return tag_document({surfaces})[0];
}

std::vector<std::vector<Tag>> NerTagger::tag_document(
    const std::vector<std::vector<std::u32string_view>>& sentences) const {
  std::vector<SentenceFeatures> features;
  state_->extractor.extract_document(sentences, features);
  const NerWeights& w = state_->model.weights;
  std::vector<std::vector<Tag>> tags(sentences.size());
  std::vector<float> emissions;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const SentenceFeatures& f = features[s];
    emissions.assign(f.size() * kTagCount, 0.0f);
    for (size_t i = 0; i < f.size(); ++i) {
      float* scores = &emissions[i * kTagCount];
      for (const uint64_t* h = f.begin(i); h != f.end(i); ++h) state_->table.prefetch(*h);
      for (const uint64_t* h = f.begin(i); h != f.end(i); ++h) {
        int64_t row = state_->table.find(*h);
        if (row < 0) continue;
        const float* weights = &w.rows[size_t(row) * kTagCount];
        for (int t = 0; t < kTagCount; ++t) scores[t] += weights[t];
      }
    }
    viterbi(emissions.data(), f.size(), w.transitions.data(), tags[s]);
  }
  return tags;
}

std::vector<Tag> NerTagger::tag(const std::vector<std::u32string>& surfaces) const {
  return tag(std::vector<std::u32string_view>(surfaces.begin(), surfaces.end()));
}

void NerTagger::save(const std::string& path) const { save_model(state_->model, path); }
const NerModel& NerTagger::model() const { return state_->model; }

}  // namespace marsad

// What a trained named-entity model is, and the decoding that training and tagging share.
// Internal to src/entities: the rest of marsad uses tagger.h.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "entities/ner_features.h"
#include "entities/tagger_tags.h"

namespace marsad {

// A first-order linear-chain model: emission weights per (feature, tag) plus tag transitions.
struct NerWeights {
  std::vector<uint64_t> features;  // feature hashes, ascending
  std::vector<float> rows;         // features.size() × kTagCount, row i belongs to features[i]
  // transitions[prev × kTagCount + tag]; prev = kTagCount is the sentence start.
  std::array<float, (kTagCount + 1) * kTagCount> transitions{};
};

struct NerModel {
  NerKnowledge knowledge;
  NerWeights weights;
  // Stacking: when not empty, a first tagger whose tags `weights` reads as document hints
  // (ner_features.h, DocumentHints). Its own features are those of an unstacked model.
  NerWeights first_pass;

  bool stacked() const { return !first_pass.features.empty(); }
};

// The model file: a small header, the knowledge the features read (light prefixes, the
// gazetteers), then the weights of each pass as 16-bit integers with one scale. Throws
// InputError.
void save_model(const NerModel& model, const std::string& path);
NerModel load_model(const std::string& path);

// Rounds the weights to what the file can hold (16 bits with one scale) and drops rows that
// become zero, so that a model behaves the same before saving and after loading.
void quantize(NerWeights& weights);
// The scale of the 16-bit weights: a quantized weight is a whole multiple of it.
float weight_scale(const NerWeights& weights);

// BIO's one rule: I-X follows B-X or I-X. Decoding never breaks it.
inline bool allowed_transition(Tag previous, Tag tag) {
  return !is_inside(tag) || (previous != kOutside && previous < kTagCount && tag_type(previous) == tag_type(tag));
}

// Viterbi: the best tag sequence for n tokens given emission scores (n × kTagCount) and
// transitions as in NerWeights.
void viterbi(const float* emissions, size_t n, const float* transitions, std::vector<Tag>& out);

}  // namespace marsad

#include "entities/tagger_train.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <ostream>
#include <random>
#include <unordered_map>

#include "entities/ner_eval.h"

namespace marsad {
namespace {

// Training numbers features densely (hash → 0, 1, 2 … in order of first sight) so weights
// are plain arrays; the model file keeps the hashes.
class FeatureIds {
 public:
  uint32_t intern(uint64_t hash) {
    auto [it, added] = ids_.try_emplace(hash, uint32_t(hashes_.size()));
    if (added) hashes_.push_back(hash);
    return it->second;
  }
  int64_t find(uint64_t hash) const {
    auto it = ids_.find(hash);
    return it == ids_.end() ? int64_t(-1) : int64_t(it->second);
  }
  size_t size() const { return hashes_.size(); }
  uint64_t hash(uint32_t id) const { return hashes_[id]; }

 private:
  std::unordered_map<uint64_t, uint32_t> ids_;
  std::vector<uint64_t> hashes_;
};

// A sentence with its features as dense ids: token i has ids[offsets[i] .. offsets[i+1]).
struct CompiledSentence {
  std::vector<uint32_t> ids;
  std::vector<uint32_t> offsets;
  std::vector<Tag> gold;
};

std::vector<CompiledSentence> compile(const std::vector<LabeledSentence>& sentences,
                                      const NerFeatureExtractor& extractor, FeatureIds& ids, bool grow) {
  std::vector<CompiledSentence> out;
  out.reserve(sentences.size());
  std::vector<SentenceFeatures> features;
  for (size_t first = 0; first < sentences.size(); first += kSentencesPerPseudoDocument) {
    size_t last = std::min(sentences.size(), first + kSentencesPerPseudoDocument);
    std::vector<std::vector<std::u32string_view>> document;
    for (size_t s = first; s < last; ++s)
      document.emplace_back(sentences[s].tokens.begin(), sentences[s].tokens.end());
    extractor.extract_document(document, features);
    for (size_t s = first; s < last; ++s) {
      const SentenceFeatures& f = features[s - first];
      CompiledSentence c;
      c.gold = sentences[s].tags;
      for (size_t i = 0; i < f.size(); ++i) {
        c.offsets.push_back(uint32_t(c.ids.size()));
        for (const uint64_t* h = f.begin(i); h != f.end(i); ++h) {
          if (grow) {
            c.ids.push_back(ids.intern(*h));
          } else if (int64_t id = ids.find(*h); id >= 0) {
            c.ids.push_back(uint32_t(id));
          }
        }
      }
      c.offsets.push_back(uint32_t(c.ids.size()));
      out.push_back(std::move(c));
    }
  }
  return out;
}

constexpr size_t kTransitionCount = (kTagCount + 1) * kTagCount;

size_t transition_index(size_t i, const std::vector<Tag>& tags) {
  Tag previous = i == 0 ? Tag(kTagCount) : tags[i - 1];
  return previous * kTagCount + tags[i];
}

// The perceptron's weights with the averaging trick of Daumé (2006): besides the weights w,
// keep u = Σ step·Δ; the average over all steps is then w − u/step, computed once at the end.
class Perceptron {
 public:
  explicit Perceptron(size_t features)
      : w_(features * kTagCount, 0.0f), u_(features * kTagCount, 0.0), tw_(kTransitionCount, 0.0f),
        tu_(kTransitionCount, 0.0) {}

  void decode(const CompiledSentence& s, std::vector<Tag>& tags) const { decode_with(w_.data(), tw_.data(), s, tags); }

  // Returns true if the sentence was decoded wrongly (and the weights were updated).
  bool learn(const CompiledSentence& s) {
    decode(s, predicted_);
    bool wrong = predicted_ != s.gold;
    if (wrong) {
      for (size_t i = 0; i < s.gold.size(); ++i) {
        if (predicted_[i] != s.gold[i]) {
          for (uint32_t k = s.offsets[i]; k < s.offsets[i + 1]; ++k) {
            size_t row = size_t(s.ids[k]) * kTagCount;
            bump(w_[row + s.gold[i]], u_[row + s.gold[i]], +1);
            bump(w_[row + predicted_[i]], u_[row + predicted_[i]], -1);
          }
        }
        size_t g = transition_index(i, s.gold), p = transition_index(i, predicted_);
        if (g != p) {
          bump(tw_[g], tu_[g], +1);
          bump(tw_[p], tu_[p], -1);
        }
      }
    }
    ++step_;
    return wrong;
  }

  // The averaged weights, as the tagger will use them.
  void average(std::vector<float>& rows, std::vector<float>& transitions) const {
    rows.resize(w_.size());
    for (size_t i = 0; i < w_.size(); ++i) rows[i] = float(w_[i] - u_[i] / double(step_));
    transitions.resize(tw_.size());
    for (size_t i = 0; i < tw_.size(); ++i) transitions[i] = float(tw_[i] - tu_[i] / double(step_));
  }

  static void decode_with(const float* rows, const float* transitions, const CompiledSentence& s,
                          std::vector<Tag>& tags) {
    const size_t n = s.gold.size();
    thread_local std::vector<float> emissions;
    emissions.assign(n * kTagCount, 0.0f);
    for (size_t i = 0; i < n; ++i) {
      float* scores = &emissions[i * kTagCount];
      for (uint32_t k = s.offsets[i]; k < s.offsets[i + 1]; ++k) {
        const float* row = rows + size_t(s.ids[k]) * kTagCount;
        for (int t = 0; t < kTagCount; ++t) scores[t] += row[t];
      }
    }
    viterbi(emissions.data(), n, transitions, tags);
  }

 private:
  void bump(float& w, double& u, float delta) {
    w += delta;
    u += double(step_) * delta;
  }

  std::vector<float> w_;
  std::vector<double> u_;
  std::vector<float> tw_;
  std::vector<double> tu_;
  uint64_t step_ = 1;
  std::vector<Tag> predicted_;
};

double score_f1(const std::vector<CompiledSentence>& sentences, const std::vector<float>& rows,
                const std::vector<float>& transitions) {
  NerScore score;
  std::vector<Tag> tags;
  for (const CompiledSentence& s : sentences) {
    Perceptron::decode_with(rows.data(), transitions.data(), s, tags);
    score.add(s.gold, tags);
  }
  return score.micro.f1();
}

// Fisher–Yates with the generator's raw output: std::shuffle and the standard distributions
// may differ between library versions, this does not.
void shuffle(std::vector<size_t>& order, std::mt19937_64& rng) {
  for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
}

}  // namespace

NerModel train_ner(const std::vector<LabeledSentence>& train, NerKnowledge knowledge, const NerTrainOptions& options,
                   std::vector<NerEpochReport>* reports) {
  NerModel model;
  model.knowledge = std::move(knowledge);
  KnownWords known;
  if (!known.available()) model.knowledge.use_hunspell = false;
  NerFeatureExtractor extractor(model.knowledge, &known);

  FeatureIds ids;
  std::vector<CompiledSentence> sentences = compile(train, extractor, ids, true);
  std::vector<CompiledSentence> dev;
  if (options.dev) dev = compile(*options.dev, extractor, ids, false);
  if (options.log)
    *options.log << "train: " << sentences.size() << " sentences, " << ids.size() << " features\n" << std::flush;

  Perceptron perceptron(ids.size());
  std::mt19937_64 rng(options.seed);
  std::vector<size_t> order(sentences.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<float> rows, transitions;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    shuffle(order, rng);
    NerEpochReport report{epoch, 0, -1.0};
    for (size_t i : order) report.mistakes += perceptron.learn(sentences[i]);
    if (!dev.empty()) {
      perceptron.average(rows, transitions);
      report.dev_f1 = score_f1(dev, rows, transitions);
    }
    if (options.log) {
      *options.log << "epoch " << epoch << ": " << report.mistakes << " sentences wrong";
      if (report.dev_f1 >= 0) *options.log << ", dev micro F1 " << std::fixed << report.dev_f1 << std::defaultfloat;
      *options.log << '\n' << std::flush;
    }
    if (reports) reports->push_back(report);
  }

  perceptron.average(rows, transitions);
  NerWeights& w = model.weights;
  std::copy(transitions.begin(), transitions.end(), w.transitions.begin());
  // Keep the rows with a weight above the pruning threshold, in hash order.
  std::vector<uint32_t> kept;
  for (uint32_t id = 0; id < ids.size(); ++id) {
    for (int t = 0; t < kTagCount; ++t) {
      if (std::fabs(rows[size_t(id) * kTagCount + t]) > options.prune) {
        kept.push_back(id);
        break;
      }
    }
  }
  std::sort(kept.begin(), kept.end(), [&](uint32_t a, uint32_t b) { return ids.hash(a) < ids.hash(b); });
  for (uint32_t id : kept) {
    w.features.push_back(ids.hash(id));
    const float* row = &rows[size_t(id) * kTagCount];
    for (int t = 0; t < kTagCount; ++t) w.rows.push_back(std::fabs(row[t]) > options.prune ? row[t] : 0.0f);
  }
  quantize(w);
  if (options.log) *options.log << "model: " << w.features.size() << " features kept\n";
  return model;
}

}  // namespace marsad

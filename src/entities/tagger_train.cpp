#include "entities/tagger_train.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <ostream>
#include <random>
#include <unordered_map>

#include "entities/ner_eval.h"
#include "text/lexicon.h"

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

// Tags per sentence, aligned with the training sentences: a first pass's output (stacking).
using CorpusHints = std::vector<std::vector<Tag>>;

// Compiles sentences in blocks of kSentencesPerPseudoDocument (the documents of the features).
// With `hints`, adds the features that read them. `grow`: give new features ids (training);
// else drop the features training never saw.
std::vector<CompiledSentence> compile(const std::vector<LabeledSentence>& sentences,
                                      const NerFeatureExtractor& extractor, FeatureIds& ids, bool grow,
                                      const CorpusHints* hints = nullptr) {
  std::vector<CompiledSentence> out;
  out.reserve(sentences.size());
  std::vector<SentenceFeatures> features, hint_features;
  for (size_t first = 0; first < sentences.size(); first += kSentencesPerPseudoDocument) {
    size_t last = std::min(sentences.size(), first + kSentencesPerPseudoDocument);
    std::vector<std::vector<std::u32string_view>> sentences_of_document;
    for (size_t s = first; s < last; ++s)
      sentences_of_document.emplace_back(sentences[s].tokens.begin(), sentences[s].tokens.end());
    NerDocument document = extractor.read(sentences_of_document);
    extractor.features(document, features);
    if (hints) {
      DocumentHints document_hints(hints->begin() + first, hints->begin() + last);
      extractor.hint_features(document, document_hints, hint_features);
    }
    auto add = [&](const uint64_t* begin, const uint64_t* end, CompiledSentence& c) {
      for (const uint64_t* h = begin; h != end; ++h) {
        if (grow) {
          c.ids.push_back(ids.intern(*h));
        } else if (int64_t id = ids.find(*h); id >= 0) {
          c.ids.push_back(uint32_t(id));
        }
      }
    };
    for (size_t s = first; s < last; ++s) {
      const SentenceFeatures& f = features[s - first];
      CompiledSentence c;
      c.gold = sentences[s].tags;
      for (size_t i = 0; i < f.size(); ++i) {
        c.offsets.push_back(uint32_t(c.ids.size()));
        add(f.begin(i), f.end(i), c);
        if (hints) add(hint_features[s - first].begin(i), hint_features[s - first].end(i), c);
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
      const float size = step_size(s);
      for (size_t i = 0; i < s.gold.size(); ++i) {
        if (predicted_[i] != s.gold[i]) {
          for (uint32_t k = s.offsets[i]; k < s.offsets[i + 1]; ++k) {
            size_t row = size_t(s.ids[k]) * kTagCount;
            bump(w_[row + s.gold[i]], u_[row + s.gold[i]], +size);
            bump(w_[row + predicted_[i]], u_[row + predicted_[i]], -size);
          }
        }
        size_t g = transition_index(i, s.gold), p = transition_index(i, predicted_);
        if (g != p) {
          bump(tw_[g], tu_[g], +size);
          bump(tw_[p], tu_[p], -size);
        }
      }
    }
    ++step_;
    return wrong;
  }

  // The step's cap (NerTrainOptions::step_cap); 0: the plain perceptron step of 1.
  float step_cap = 0.0f;
  // The mean update step: the unit the weights are counted in (1 for the perceptron).
  float unit() const { return steps_taken_ ? float(step_sum_ / double(steps_taken_)) : 1.0f; }

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
  // Passive-aggressive step (Crammer et al. 2006, PA-I): the smallest that makes the gold
  // sequence outscore the prediction by the number of tokens it got wrong, at most step_cap.
  // A sentence nearly right moves the weights less than one far off, where the perceptron
  // moves them the same.
  float step_size(const CompiledSentence& s) {
    if (step_cap <= 0) return 1.0f;
    // Φ(gold) − Φ(predicted), exactly: a feature may fire at a token of each (the bias).
    // Entries (weight index, ±1), sorted and summed in index order, so that the sum, and the
    // model file, do not depend on a hash table's order.
    difference_.clear();
    size_t loss = 0;
    for (size_t i = 0; i < s.gold.size(); ++i) {
      if (predicted_[i] != s.gold[i]) {
        ++loss;
        for (uint32_t k = s.offsets[i]; k < s.offsets[i + 1]; ++k) {
          size_t row = size_t(s.ids[k]) * kTagCount;
          difference_.emplace_back(row + s.gold[i], +1);
          difference_.emplace_back(row + predicted_[i], -1);
        }
      }
      size_t g = transition_index(i, s.gold), p = transition_index(i, predicted_);
      if (g != p) {
        difference_.emplace_back(w_.size() + g, +1);
        difference_.emplace_back(w_.size() + p, -1);
      }
    }
    std::sort(difference_.begin(), difference_.end());
    double margin = 0, norm = 0;  // score(gold) − score(predicted) ≤ 0, and |Φ difference|²
    for (size_t a = 0; a < difference_.size();) {
      const size_t index = difference_[a].first;
      int d = 0;
      for (; a < difference_.size() && difference_[a].first == index; ++a) d += difference_[a].second;
      margin += d * double(index < w_.size() ? w_[index] : tw_[index - w_.size()]);
      norm += double(d) * d;
    }
    if (norm == 0) return 0.0f;
    const double size = std::min<double>(step_cap, (double(loss) - margin) / norm);
    step_sum_ += size;
    ++steps_taken_;
    return float(size);
  }

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
  std::vector<std::pair<size_t, int>> difference_;  // scratch of step_size()
  double step_sum_ = 0;
  uint64_t steps_taken_ = 0;
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

// Trains one pass: the perceptron over compiled sentences, scored on `dev` after each epoch.
// Returns the averaged weights of every feature id (features × kTagCount) and transitions.
struct TrainedPass {
  std::vector<float> rows, transitions;
  float unit = 1.0f;  // the mean update step (Perceptron::unit)
};

TrainedPass train_pass(const std::vector<CompiledSentence>& sentences, size_t feature_count,
                       const std::vector<CompiledSentence>& dev, const NerTrainOptions& options, const char* name,
                       std::vector<NerEpochReport>* reports) {
  Perceptron perceptron(feature_count);
  perceptron.step_cap = options.step_cap;
  std::mt19937_64 rng(options.seed);
  std::vector<size_t> order(sentences.size());
  std::iota(order.begin(), order.end(), 0);
  TrainedPass out;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    shuffle(order, rng);
    NerEpochReport report{epoch, 0, -1.0};
    for (size_t i : order) report.mistakes += perceptron.learn(sentences[i]);
    if (!dev.empty()) {
      perceptron.average(out.rows, out.transitions);
      report.dev_f1 = score_f1(dev, out.rows, out.transitions);
    }
    if (options.log) {
      *options.log << name << " epoch " << epoch << ": " << report.mistakes << " sentences wrong";
      if (report.dev_f1 >= 0) *options.log << ", dev micro F1 " << std::fixed << report.dev_f1 << std::defaultfloat;
      *options.log << '\n' << std::flush;
    }
    if (reports) reports->push_back(report);
  }
  perceptron.average(out.rows, out.transitions);
  out.unit = perceptron.unit();
  return out;
}

// The trained weights as a model keeps them: rows with a weight above the pruning threshold,
// in hash order, quantized.
NerWeights keep(const TrainedPass& pass, const FeatureIds& ids, float prune) {
  prune *= pass.unit;  // the threshold counts update steps, whatever their size
  NerWeights w;
  std::copy(pass.transitions.begin(), pass.transitions.end(), w.transitions.begin());
  std::vector<uint32_t> kept;
  for (uint32_t id = 0; id < ids.size(); ++id) {
    for (int t = 0; t < kTagCount; ++t) {
      if (std::fabs(pass.rows[size_t(id) * kTagCount + t]) > prune) {
        kept.push_back(id);
        break;
      }
    }
  }
  std::sort(kept.begin(), kept.end(), [&](uint32_t a, uint32_t b) { return ids.hash(a) < ids.hash(b); });
  for (uint32_t id : kept) {
    w.features.push_back(ids.hash(id));
    const float* row = &pass.rows[size_t(id) * kTagCount];
    for (int t = 0; t < kTagCount; ++t) w.rows.push_back(std::fabs(row[t]) > prune ? row[t] : 0.0f);
  }
  quantize(w);
  return w;
}

// Tags sentences with a trained first pass (hints for the second).
CorpusHints tag_with(const TrainedPass& pass, const std::vector<CompiledSentence>& sentences) {
  CorpusHints hints(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s)
    Perceptron::decode_with(pass.rows.data(), pass.transitions.data(), sentences[s], hints[s]);
  return hints;
}

// The first pass's tags of the training sentences, each tagged by a first pass trained
// without it (k-fold over whole pseudo-documents): the second pass must learn how far to trust
// the first on text the first has not memorized, as at tagging time.
CorpusHints cross_validated_hints(const std::vector<LabeledSentence>& train, const NerFeatureExtractor& extractor,
                                  const NerTrainOptions& options) {
  const size_t documents = (train.size() + kSentencesPerPseudoDocument - 1) / kSentencesPerPseudoDocument;
  const size_t folds = size_t(options.stacking_folds);
  CorpusHints hints;
  hints.reserve(train.size());
  NerTrainOptions quiet = options;
  quiet.log = nullptr;
  for (size_t k = 0; k < folds; ++k) {
    const size_t begin = std::min(train.size(), documents * k / folds * kSentencesPerPseudoDocument);
    const size_t end = std::min(train.size(), documents * (k + 1) / folds * kSentencesPerPseudoDocument);
    std::vector<LabeledSentence> rest(train.begin(), train.begin() + begin);
    rest.insert(rest.end(), train.begin() + end, train.end());
    const std::vector<LabeledSentence> held(train.begin() + begin, train.begin() + end);
    FeatureIds ids;
    std::vector<CompiledSentence> compiled = compile(rest, extractor, ids, true);
    TrainedPass pass = train_pass(compiled, ids.size(), {}, quiet, "fold", nullptr);
    CorpusHints fold_hints = tag_with(pass, compile(held, extractor, ids, false));
    std::move(fold_hints.begin(), fold_hints.end(), std::back_inserter(hints));
    if (options.log) *options.log << "stacking fold " << k + 1 << "/" << folds << " tagged\n" << std::flush;
  }
  return hints;
}

}  // namespace

NerModel train_ner(const std::vector<LabeledSentence>& train, NerKnowledge knowledge, const NerTrainOptions& options,
                   std::vector<NerEpochReport>* reports) {
  NerModel model;
  model.knowledge = std::move(knowledge);
  std::unique_ptr<WordAnalyzer> words;
  if (model.knowledge.use_lexicon) words = std::make_unique<WordAnalyzer>(Lexicon::load());
  NerFeatureExtractor extractor(model.knowledge, words.get());
  const bool stacked = options.stacking_folds > 1;

  // The first (or only) pass.
  FeatureIds ids;
  std::vector<CompiledSentence> sentences = compile(train, extractor, ids, true);
  std::vector<CompiledSentence> dev;
  if (options.dev) dev = compile(*options.dev, extractor, ids, false);
  if (options.log)
    *options.log << "train: " << sentences.size() << " sentences, " << ids.size() << " features\n" << std::flush;
  TrainedPass first = train_pass(sentences, ids.size(), dev, options, stacked ? "first pass" : "", stacked ? nullptr : reports);
  NerWeights first_weights = keep(first, ids, options.prune);
  if (!stacked) {
    model.weights = std::move(first_weights);
    if (options.log) *options.log << "model: " << model.weights.features.size() << " features kept\n";
    return model;
  }

  // The second pass reads the first one's tags: cross-validated on the training sentences,
  // from the whole first pass on dev (as at tagging time).
  CorpusHints train_hints = cross_validated_hints(train, extractor, options);
  CorpusHints dev_hints = tag_with(first, dev);
  FeatureIds second_ids;
  sentences = compile(train, extractor, second_ids, true, &train_hints);
  if (options.dev) dev = compile(*options.dev, extractor, second_ids, false, &dev_hints);
  TrainedPass second = train_pass(sentences, second_ids.size(), dev, options, "second pass", reports);
  model.first_pass = std::move(first_weights);
  model.weights = keep(second, second_ids, options.prune);
  if (options.log)
    *options.log << "model: " << model.first_pass.features.size() << " + " << model.weights.features.size()
                 << " features kept\n";
  return model;
}

}  // namespace marsad

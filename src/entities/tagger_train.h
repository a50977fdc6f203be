// Training the named-entity tagger: an averaged structured perceptron (Collins 2002).
// For each sentence, decode with the current weights; where the best sequence differs from
// the gold one, add the gold features and subtract the predicted ones, by a passive-aggressive
// step (Crammer et al. 2006) sized to the mistake. The model is the
// average of the weights over all steps, which generalizes far better than the last ones.
//
// Reproducible: the sentence order of each epoch comes from a fixed-seed generator and
// everything else runs in one thread, so the same inputs give the same model file, byte for
// byte.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <vector>

#include "entities/conll.h"
#include "entities/tagger_model.h"

namespace marsad {

struct NerTrainOptions {
  int epochs = 10;
  uint64_t seed = 42;
  // Above 0, each update is a passive-aggressive step of at most this size instead of the
  // perceptron's 1 (tagger_train.cpp, step_size): +0.34 micro F1 on held-out training data,
  // one pass and stacked alike (5 seeds each). Most steps are far below 0.01 (uncapped: the same
  // F1 within noise).
  float step_cap = 0.01f;
  // Weights whose average is at most this (in absolute value) are dropped: they decide
  // nothing and would only make the model file bigger.
  float prune = 0.0f;
  // If set, the averaged model is scored on these sentences after each epoch (to choose the
  // number of epochs; never pass the test set).
  const std::vector<LabeledSentence>* dev = nullptr;
  std::ostream* log = nullptr;  // progress lines, or nothing
  // Stacking: above 1, a first pass is trained as usual and a second one that also reads the
  // first one's tags (ner_features.h, DocumentHints). The second learns from first-pass tags
  // of the training sentences made by this many first passes, each trained without the part
  // it tags (cross-validation). 0 or 1: one pass.
  int stacking_folds = 0;
};

struct NerEpochReport {
  int epoch = 0;
  size_t mistakes = 0;    // training sentences decoded wrongly during the epoch
  double dev_f1 = -1.0;  // micro F1 on dev, −1 without dev
};

NerModel train_ner(const std::vector<LabeledSentence>& train, NerKnowledge knowledge, const NerTrainOptions& options,
                   std::vector<NerEpochReport>* reports = nullptr);

}  // namespace marsad

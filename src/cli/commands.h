// The subcommands of `marsad`. main.cpp parses the command line (CLI11 lives there alone:
// it is slow to compile) and calls one of these with plain options.
#pragma once

#include <string>
#include <vector>

namespace marsad::cli {

struct AnalyzeOptions {
  std::vector<std::string> inputs;  // files, folders, JSON Lines, "-" for standard input
  bool json = false;
  std::string date;                 // --date YYYY-MM-DD for inputs without metadata
};
// Returns the process exit status: 0, or 1 if any input failed.
int analyze(const AnalyzeOptions& options);

}  // namespace marsad::cli

#include <cstdint>

namespace marsad::cli {

// marsad train-ner: trains the named-entity tagger from BIO files (ANERcorp format).
struct TrainNerOptions {
  std::vector<std::string> train;  // files, or folders of .txt files
  std::string dev;                 // optional: score this file after every epoch
  double hold_out = 0;             // or: score the last PERCENT of the training sentences
  std::string out;                 // the model file to write
  std::string knowledge;           // light prefixes and gazetteers; default data/ner
  int epochs = 10;
  uint64_t seed = 42;
  double prune = 0.01;
};
int train_ner(const TrainNerOptions& options);

// marsad eval-ner: scores a model on a BIO file, CoNLL entity-level.
struct EvalNerOptions {
  std::string test;
  std::string model;   // default data/models/ner.model
  std::string output;  // optional: write the predicted tags here (token gold predicted)
};
int eval_ner(const EvalNerOptions& options);

}  // namespace marsad::cli

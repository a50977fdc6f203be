// marsad train-ner and marsad eval-ner: the named-entity tagger's training and scoring.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "core/data_dir.h"
#include "core/input_error.h"
#include "core/utf8.h"
#include "entities/conll.h"
#include "entities/ner_eval.h"
#include "entities/tagger.h"
#include "entities/tagger_model.h"
#include "entities/tagger_train.h"

namespace marsad::cli {
namespace {

namespace fs = std::filesystem;

// A file, or every .txt file of a folder in name order (AQMAR is one file per article).
std::vector<std::string> expand(const std::string& input) {
  if (!fs::is_directory(input)) return {input};
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(input))
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<LabeledSentence> read_all(const std::vector<std::string>& inputs) {
  std::vector<LabeledSentence> all;
  for (const std::string& input : inputs) {
    for (const std::string& file : expand(input)) {
      ConllReadStats stats;
      std::vector<LabeledSentence> sentences = read_conll(file, &stats);
      std::cerr << file << ": " << sentences.size() << " sentences, " << stats.tokens << " tokens";
      if (stats.unknown_tags) std::cerr << ", " << stats.unknown_tags << " unknown tags read as O";
      if (stats.repaired_tags) std::cerr << ", " << stats.repaired_tags << " I- starting an entity read as B-";
      std::cerr << '\n';
      std::move(sentences.begin(), sentences.end(), std::back_inserter(all));
    }
  }
  return all;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int train_ner(const TrainNerOptions& options) {
  try {
    auto start = std::chrono::steady_clock::now();
    std::vector<LabeledSentence> train = read_all(options.train);
    std::vector<LabeledSentence> dev;
    if (!options.dev.empty()) dev = read_all({options.dev});
    if (options.hold_out > 0) {
      // The last part of the training data: ANERcorp's order is its documents' order, so
      // this holds out whole articles, not sentences the model has seen neighbours of.
      size_t keep = train.size() - size_t(train.size() * options.hold_out / 100.0);
      dev.insert(dev.end(), std::make_move_iterator(train.begin() + keep), std::make_move_iterator(train.end()));
      train.resize(keep);
      std::cerr << "holding out the last " << dev.size() << " sentences as dev\n";
    }
    NerKnowledge knowledge = NerKnowledge::load(options.knowledge.empty() ? data_path("ner") : options.knowledge);
    std::cerr << "gazetteers: " << knowledge.gazetteer(NerList::Anergazet).size() << " ANERgazet names, "
              << knowledge.gazetteer(NerList::Actors).size() << " actor aliases, "
              << knowledge.gazetteer(NerList::FirstNames).size() << " first names, "
              << knowledge.gazetteer(NerList::FamilyNames).size() << " family names; light prefixes: "
              << knowledge.light_prefixes.size() << '\n';

    NerTrainOptions train_options;
    train_options.epochs = options.epochs;
    train_options.seed = options.seed;
    train_options.prune = float(options.prune);
    train_options.dev = dev.empty() ? nullptr : &dev;
    train_options.log = &std::cerr;
    train_options.stacking_folds = options.stacking_folds;
    NerModel model = train_ner(train, std::move(knowledge), train_options);
    save_model(model, options.out);
    std::cerr << "wrote " << options.out << " (" << fs::file_size(options.out) << " bytes) in " << seconds_since(start)
              << " s\n";
    return 0;
  } catch (const InputError& e) {
    std::cerr << "marsad train-ner: " << e.what() << '\n';
    return 1;
  }
}

int eval_ner(const EvalNerOptions& options) {
  try {
    auto start = std::chrono::steady_clock::now();
    std::unique_ptr<NerTagger> tagger = NerTagger::load(options.model);
    std::cerr << "model loaded in " << seconds_since(start) << " s\n";
    std::vector<LabeledSentence> test = read_all({options.test});

    std::ofstream output;
    if (!options.output.empty()) {
      output.open(options.output, std::ios::binary | std::ios::trunc);
      if (!output) throw InputError(options.output, "cannot write");
    }
    start = std::chrono::steady_clock::now();
    NerScore score;
    // Blocks of consecutive sentences stand for documents (ANERcorp has no boundaries).
    for (size_t first = 0; first < test.size(); first += kSentencesPerPseudoDocument) {
      size_t last = std::min(test.size(), first + kSentencesPerPseudoDocument);
      std::vector<std::vector<std::u32string_view>> document;
      for (size_t s = first; s < last; ++s) document.emplace_back(test[s].tokens.begin(), test[s].tokens.end());
      std::vector<std::vector<Tag>> predicted = tagger->tag_document(document);
      for (size_t s = first; s < last; ++s) {
        const LabeledSentence& sentence = test[s];
        const std::vector<Tag>& tags = predicted[s - first];
        score.add(sentence.tags, tags);
        if (!output.is_open()) continue;
        for (size_t i = 0; i < sentence.tokens.size(); ++i)
          output << utf8::encode(sentence.tokens[i]) << ' ' << tag_name(sentence.tags[i]) << ' ' << tag_name(tags[i])
                 << '\n';
        output << '\n';
      }
    }
    double elapsed = seconds_since(start);
    std::cerr << "tagged " << score.tokens << " tokens in " << elapsed << " s\n";
    std::cout << score.report();
    return 0;
  } catch (const InputError& e) {
    std::cerr << "marsad eval-ner: " << e.what() << '\n';
    return 1;
  }
}

}  // namespace marsad::cli

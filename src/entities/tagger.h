// The statistical named-entity tagger: finds persons, locations, organizations and other
// names in a sentence of orthographic words (clitics attached, as in ANERcorp):
//
//   auto tagger = NerTagger::load();           // data/models/ner.model
//   tagger->tag({U"وقال", U"الرئيس", U"بشار", U"الأسد", U"في", U"دمشق"})
//     → O O B-PER I-PER O B-LOC
//
// An averaged structured perceptron over the features of ner_features.h, decoded with
// Viterbi; a stacked model runs twice, the second pass reading the first one's tags. Trained by `marsad train-ner` (tagger_train.h). Loading takes a fraction of a
// second; tagging is read-only, so one tagger serves every thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entities/ner_features.h"
#include "entities/tagger_tags.h"

namespace marsad {

struct NerModel;
class Lexicon;

class NerTagger {
 public:
  // Reads a model file; the default is data_path("models/ner.model"). Throws InputError.
  // The features read the lexicon of the text layer (hunspell-ar, clitic segmentation): pass
  // the one the caller already has, or the tagger loads its own (Lexicon::load()), once per
  // process.
  static std::unique_ptr<NerTagger> load(const std::string& path = "", std::shared_ptr<const Lexicon> lexicon = nullptr);
  explicit NerTagger(NerModel model, std::shared_ptr<const Lexicon> lexicon = nullptr);
  ~NerTagger();

  // One tag per surface. Surfaces are words as written; the tagger keys them itself.
  std::vector<Tag> tag(const std::vector<std::u32string_view>& surfaces) const;
  std::vector<Tag> tag(const std::vector<std::u32string>& surfaces) const;
  // The sentences of one document together: a name the document introduces with its title
  // (حزب الليكود) is recognized where it later stands bare (الليكود). Prefer this to tag().
  // `segmented`: the text layer's keys and clitic segmentations of the same tokens, if the
  // caller has them (ner_features.h, SegmentedWord): the same tags, sooner on new words.
  std::vector<std::vector<Tag>> tag_document(const std::vector<std::vector<std::u32string_view>>& sentences,
                                             const DocumentSegmentations* segmented = nullptr) const;

  void save(const std::string& path) const;
  const NerModel& model() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace marsad

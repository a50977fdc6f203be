// Reading and writing BIO-tagged corpora in the two-column CoNLL layout of ANERcorp and AQMAR:
//
//   أعلن O
//   اتحاد B-ORG
//   صناعة I-ORG
//
// One token and its tag per line, separated by white space (the token is everything before
// the last space). Sentences end at blank lines and after the tokens . ! ? ؟ — ANERcorp as
// published has no blank lines at all, so the punctuation is what splits it; the CAMeL split
// adds a blank line after most full stops, which gives the same sentences.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "entities/tagger_tags.h"

namespace marsad {

struct LabeledSentence {
  std::vector<std::u32string> tokens;  // surfaces as written
  std::vector<Tag> tags;               // one per token
};

struct ConllReadStats {
  size_t tokens = 0;
  size_t unknown_tags = 0;   // tags read as O because no type matched (AQMAR's ENGLISH, typos)
  size_t repaired_tags = 0;  // I-X with no X before it, read as B-X (conlleval does the same)
};

// Reads a CoNLL BIO file. Tag names: B-/I- followed by any type parse_type() knows; O and
// anything else is Outside (counted in stats). Throws InputError if the file cannot be read.
std::vector<LabeledSentence> read_conll(const std::string& path, ConllReadStats* stats = nullptr);
std::vector<LabeledSentence> read_conll(std::istream& in, ConllReadStats* stats = nullptr);

// Writes `token tag` lines, a blank line after each sentence.
void write_conll(std::ostream& out, const std::vector<LabeledSentence>& sentences);

// ANERcorp has no document boundaries either. The tagger's document features (ner_features.h)
// read blocks of this many consecutive sentences as one document, about 600 words: the length
// of a news article (20 scored better than 10 on held-out training data). Training and scoring
// use the same blocks.
inline constexpr size_t kSentencesPerPseudoDocument = 20;

// True for the tokens that end an ANERcorp sentence: . ! ? ؟
bool ends_sentence(std::u32string_view token);

}  // namespace marsad

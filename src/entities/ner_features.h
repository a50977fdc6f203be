// The features of the named-entity tagger: what it looks at in and around each token.
//
// Every feature is a 64-bit hash of (template, value), so there is no string dictionary to
// build or store; a model keeps only the hashes whose weights survived training. Per token:
//   the match key (normalize.h) and the keys of the two tokens either side; key bigrams;
//   prefixes and suffixes of the key (1–4 letters);
//   the key with leading و ف ب ل ك and ال stripped, and what was stripped (والرئيس → رئيس, وال);
//   word shape: digits, Latin, punctuation, length bucket;
//   gazetteer membership (ANERgazet): the token alone, or inside a listed phrase;
//   whether hunspell-ar knows the word (transliterated foreign names are out of its vocabulary);
//   the neighbours of the word's other occurrences in the same document (الليكود bare, after
//   حزب الليكود two sentences earlier).
// The previous tag is not a feature here: the tagger scores tag transitions itself.
//
// Where a real clitic segmenter goes: split_word() below is the only place that decides what
// a word's stem and proclitics are. To use marsad::CliticSegmenter (text/clitics.h), give
// NerFeatureExtractor a `const CliticSegmenter*`, and in split_word() turn its Segmentation
// (stem_start, stem_length, enclitic) into WordParts. Models must then be retrained: the
// stems change, so do the hashes.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "entities/tagger_tags.h"

class Hunspell;

namespace marsad {

// Names listed by type. Entries are phrases of match keys separated by one space.
struct NerGazetteer {
  // Bit (1 << type) for each EntityType the phrase is listed under.
  std::unordered_map<std::u32string, uint8_t> phrases;
  // First words of multi-word phrases, to skip the phrase search at most tokens.
  std::unordered_set<std::u32string> phrase_starts;
  size_t longest_phrase = 1;  // in words

  void add(std::u32string_view phrase, EntityType type);  // phrase as written; keyed here
  // Reads one list: a name per line; lines of '=' separate ANERgazet's groups of variants.
  void load_list(const std::string& path, EntityType type);
  size_t size() const { return phrases.size(); }
};

// What the features know besides the sentence. A model stores this next to its weights, so a
// model is always read with the knowledge it was trained with.
struct NerKnowledge {
  // Proclitic sequences light stripping removes, longest first (data/ner/light_prefixes.txt).
  std::vector<std::u32string> light_prefixes;
  NerGazetteer gazetteer;
  bool use_hunspell = true;  // the known-word feature; off if hunspell-ar is not installed

  // Loads data/ner/light_prefixes.txt and data/ner/gazetteers/{per,loc,org}.txt from `dir`.
  static NerKnowledge load(const std::string& dir);
};

// hunspell-ar's verdict on a word, memoized: a spell check costs ~10 µs and news repeats its
// words. Safe to share between threads.
class KnownWords {
 public:
  // Opens /usr/share/hunspell/ar.{aff,dic}; available() is false when they are missing.
  KnownWords();
  ~KnownWords();
  bool available() const { return hunspell_ != nullptr; }
  // `word` is a surface without harakat or tatweel (hunspell knows hamza and ة, keys do not).
  bool known(std::u32string_view word) const;

 private:
  std::unique_ptr<Hunspell> hunspell_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<uint64_t, bool> cache_;  // by hash of the word
};

// A word split into proclitics and stem (match-key characters).
struct WordParts {
  std::u32string_view proclitics;  // و+ال in والرئيس, empty if none
  std::u32string_view stem;        // رئيس
};

// The features of every token of a sentence, flattened: token i has
// hashes[offsets[i] .. offsets[i+1]).
struct SentenceFeatures {
  std::vector<uint64_t> hashes;
  std::vector<uint32_t> offsets;
  size_t size() const { return offsets.empty() ? 0 : offsets.size() - 1; }
  const uint64_t* begin(size_t token) const { return hashes.data() + offsets[token]; }
  const uint64_t* end(size_t token) const { return hashes.data() + offsets[token + 1]; }
};

class NerFeatureExtractor {
 public:
  // `known` may be null (no known-word feature); it must outlive the extractor.
  NerFeatureExtractor(const NerKnowledge& knowledge, const KnownWords* known);

  // The features of a document's sentences. Besides each sentence's own words they say how
  // the document uses the word elsewhere (see DocumentIndex in the .cpp).
  void extract_document(const std::vector<std::vector<std::u32string_view>>& sentences,
                        std::vector<SentenceFeatures>& out) const;
  // A sentence alone: a document of one sentence.
  void extract(const std::vector<std::u32string_view>& surfaces, SentenceFeatures& out) const;

  // Light clitic stripping, as a feature: the longest listed proclitic sequence whose removal
  // leaves at least three letters. Swap in the lexicon-guarded segmenter here (see above).
  WordParts split_word(std::u32string_view key) const;

 private:
  struct TokenFacts;
  struct DocumentIndex;
  void extract_sentence(const std::vector<TokenFacts>& facts, const DocumentIndex& index, uint32_t sentence,
                        SentenceFeatures& out) const;
  void describe(std::u32string_view surface, TokenFacts& facts) const;
  void mark_gazetteer(std::vector<TokenFacts>& facts) const;

  const NerKnowledge& knowledge_;
  const KnownWords* known_;
};

}  // namespace marsad

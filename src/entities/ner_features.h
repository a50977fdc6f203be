// The features of the named-entity tagger: what it looks at in and around each token.
//
// Every feature is a 64-bit hash of (template, value), so there is no string dictionary to
// build or store; a model keeps only the hashes whose weights survived training. Per token:
//   the match key (normalize.h) and the keys of the two tokens either side; key bigrams;
//   prefixes and suffixes of the key (1–4 letters);
//   two views of the stem: light stripping of و ف ب ل ك ال (والرئيس → رئيس, وال), and the
//   lexicon-guarded clitic segmenter of text/clitics.h (وبحسب → و+ب+حسب, but بشار whole),
//   with the segmenter's proclitics, enclitic and the stem's own prefixes and suffixes;
//   word shape: digits, Latin, punctuation, length bucket;
//   gazetteer membership: ANERgazet, marsad's actor aliases (data/aliases), Arabic first and
//   family names; the token alone or inside a listed phrase;
//   whether hunspell-ar knows the word (transliterated foreign names are out of its vocabulary);
//   the neighbours of the word's other occurrences in the same document (الليكود bare, after
//   حزب الليكود two sentences earlier);
//   optionally, what a first tagger said about the word's occurrences in the document
//   (stacking, see DocumentHints).
// The previous tag is not a feature here: the tagger scores tag transitions itself.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/hash.h"
#include "entities/tagger_tags.h"
#include "text/clitics.h"

namespace marsad {

class Lexicon;
class CliticSegmenter;

// Names listed by type. Entries are phrases of match keys separated by one space.
struct NerGazetteer {
  // Bit (1 << type) for each EntityType the phrase is listed under.
  std::unordered_map<std::u32string, uint8_t> phrases;
  // First words of multi-word phrases, to skip the phrase search at most tokens.
  std::unordered_set<std::u32string> phrase_starts;
  // Every proper word-level prefix of a multi-word phrase (عبد, عبد العزيز for عبد العزيز بن
  // باز): the search stops as soon as the words read so far begin no phrase.
  std::unordered_set<std::u32string, U32Hash, std::equal_to<>> phrase_prefixes;
  size_t longest_phrase = 1;  // in words

  void add(std::u32string_view phrase, EntityType type);  // phrase as written; keyed here
  // Reads one list: a name per line; lines of '=' separate ANERgazet's groups of variants.
  void load_list(const std::string& path, EntityType type);
  // Reads a marsad alias table (data/aliases/*.tsv: surface, actor_id, kind…); typos are
  // skipped, every other surface is listed under `type`.
  void load_aliases(const std::string& path, EntityType type);
  size_t size() const { return phrases.size(); }
};

// The gazetteers, each its own feature space: the tagger learns how far to trust each list.
enum class NerList : uint8_t {
  Anergazet,    // ANERgazet persons, locations, organizations (data/ner/gazetteers)
  Actors,       // marsad's actor aliases: people, places, organizations (data/aliases)
  FirstNames,   // Arabic given names, listed as Person (data/ner/gazetteers/first_names.txt)
  FamilyNames,  // Arabic family names, listed as Person
};
inline constexpr size_t kNerListCount = 4;

// What the features know besides the sentence. A model stores this next to its weights, so a
// model is always read with the knowledge it was trained with. (The lexicon behind the clitic
// segmenter is not stored: it is marsad's text layer, data/lexicon.)
struct NerKnowledge {
  // Proclitic sequences light stripping removes, longest first (data/ner/light_prefixes.txt).
  std::vector<std::u32string> light_prefixes;
  std::array<NerGazetteer, kNerListCount> gazetteers;
  // The known-word and clitic-segmentation features; off if hunspell-ar or the lexicon is
  // missing at training time.
  bool use_lexicon = true;

  const NerGazetteer& gazetteer(NerList list) const { return gazetteers[size_t(list)]; }
  NerGazetteer& gazetteer(NerList list) { return gazetteers[size_t(list)]; }

  // Loads data/ner/light_prefixes.txt and data/ner/gazetteers/*.txt from `dir`, and the alias
  // tables of `aliases_dir` (default: `dir`/../aliases).
  static NerKnowledge load(const std::string& dir, const std::string& aliases_dir = "");
};

// What the lexicon says about one word.
struct WordAnalysis {
  bool known = false;          // hunspell-ar accepts the word
  uint8_t stem_start = 0;      // the segmenter's stem, as offsets into the match key
  uint8_t stem_length = 0;
  uint8_t enclitic_length = 0;  // letters of the pronoun suffix after the stem (ها in حكومتها)
  // hunspell-ar's affix classes of the word and of its stem as dictionary entries (a hash of
  // their flags, 0 if not an entry): a part of speech of sorts, and finer: countries and
  // cities share one class (باريس/60, لندن/60, فنزويلا/60).
  uint64_t word_class = 0;
  uint64_t stem_class = 0;
};

// The lexicon's verdicts, memoized: a hunspell check costs ~5 µs, a segmentation several, and
// news repeats its words. Safe to share between threads.
class WordAnalyzer {
 public:
  explicit WordAnalyzer(std::shared_ptr<const Lexicon> lexicon);
  ~WordAnalyzer();
  // `skeleton`: the word's letters without harakat or tatweel; `key`: its match key, of the
  // same length. `segmented`: the clitic segmentation of this very word if the caller has
  // it (the text layer made it with the same lexicon): it is not computed again.
  WordAnalysis analyze(std::u32string_view skeleton, std::u32string_view key,
                       const Segmentation* segmented = nullptr) const;

 private:
  std::shared_ptr<const Lexicon> lexicon_;
  std::unique_ptr<CliticSegmenter> segmenter_;
  std::unordered_map<uint64_t, uint64_t> dictionary_classes_;  // by hash of the match key
  mutable std::mutex mutex_;
  mutable std::unordered_map<uint64_t, WordAnalysis> cache_;  // by hash of the skeleton
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

// What the text layer already knows of a token: its match key and clitic segmentation
// (text/analyzed.h). Given to the tagger, it spares the segmenter and its hunspell calls for
// every word new to the memo; used only where the key is the tagger's own.
struct SegmentedWord {
  std::u32string_view key;
  Segmentation segmentation;
};
using DocumentSegmentations = std::vector<std::vector<SegmentedWord>>;  // per sentence, per token

// A first tagger's output for a document, given to the second (stacking): a name found once
// with its title (الرئيس جوزيه) helps where the same word stands bare (جوزيه).
using DocumentHints = std::vector<std::vector<Tag>>;

// A document as the extractor read it: the facts of its words, computed once, from which the
// features of both passes of a stacked tagger are made.
class NerDocument {
 public:
  NerDocument();
  NerDocument(NerDocument&&) noexcept;
  NerDocument& operator=(NerDocument&&) noexcept;
  ~NerDocument();

 private:
  friend class NerFeatureExtractor;
  struct Words;
  std::unique_ptr<Words> words_;
};

class NerFeatureExtractor {
 public:
  // `words` may be null (no known-word or segmentation features); it must outlive the
  // extractor.
  NerFeatureExtractor(const NerKnowledge& knowledge, const WordAnalyzer* words);

  // The features of a document's sentences. Besides each sentence's own words they say how
  // the document uses the word elsewhere (see DocumentIndex in the .cpp).
  void extract_document(const std::vector<std::vector<std::u32string_view>>& sentences,
                        std::vector<SentenceFeatures>& out) const;
  // A sentence alone: a document of one sentence.
  void extract(const std::vector<std::u32string_view>& surfaces, SentenceFeatures& out) const;

  // The same in two steps, for stacking: read the document once, then make the features of
  // the first pass, and those that read its tags (one tag per token of `document`).
  // `segmented`, if given, has one entry per token of `sentences`.
  NerDocument read(const std::vector<std::vector<std::u32string_view>>& sentences,
                   const DocumentSegmentations* segmented = nullptr) const;
  void features(const NerDocument& document, std::vector<SentenceFeatures>& out) const;
  void hint_features(const NerDocument& document, const DocumentHints& hints,
                     std::vector<SentenceFeatures>& out) const;

  // Light clitic stripping: the longest listed proclitic sequence whose removal leaves at
  // least three letters.
  WordParts split_word(std::u32string_view key) const;

 private:
  friend class NerDocument;
  struct TokenFacts;
  struct DocumentIndex;
  void extract_sentence(const std::vector<TokenFacts>& facts, const DocumentIndex& index, uint32_t sentence,
                        SentenceFeatures& out) const;
  void extract_hints(const std::vector<TokenFacts>& facts, const DocumentIndex& index, uint32_t sentence,
                     const DocumentHints& hints, SentenceFeatures& out) const;
  void describe(std::u32string_view surface, const SegmentedWord* segmented, TokenFacts& facts) const;
  void mark_gazetteer(NerList list, std::vector<TokenFacts>& facts) const;

  // Every gazetteer's entries in one map, so that a word costs one lookup, not one per list.
  struct Listing {
    std::array<uint8_t, kNerListCount> types{};  // type bits of the entry in each list
    uint8_t starts_phrase = 0;                   // bit (1 << list): first word of a phrase there
  };
  const Listing* listing(uint64_t key_hash) const;  // by hash of the match key (hash_chars)

  const NerKnowledge& knowledge_;
  const WordAnalyzer* words_;
  // By the 64-bit hash of the entry, which describe() has already computed for the token's
  // forms: a lookup hashes and compares no string.
  std::unordered_map<uint64_t, Listing> listings_;
};

}  // namespace marsad

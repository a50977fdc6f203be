#include "entities/ner_features.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/input_error.h"
#include "core/utf8.h"
#include "core/tsv.h"
#include "text/chars.h"
#include "text/clitics.h"
#include "text/lexicon.h"
#include "text/normalize.h"

namespace marsad {
namespace {

// Feature templates. The numbers are part of the model: append, never renumber.
enum Template : uint64_t {
  kBias = 1,
  kKey, kKeyPrev1, kKeyPrev2, kKeyNext1, kKeyNext2,
  kBigramPrev, kBigramNext,
  kPrefix, kSuffix,
  kStem, kProclitics, kStemPrev1, kStemNext1,
  kShape, kShapePrevCur, kShapeCurNext, kLength,
  kGazetteerWord, kGazetteerPhrase, kGazetteerPrev1, kGazetteerNext1,
  kKnown, kKnownLength,
  kDocumentPrevious, kDocumentNext,
  // Version 2: the clitic segmenter, more gazetteers, stacking.
  kSegmentStem, kSegmentProclitics, kSegmentEnclitic, kSegmentStemPrefix, kSegmentStemSuffix,
  kSegmentStemPrev1, kSegmentStemNext1, kSegmentBigramPrev, kSegmentBigramNext,
  kListWord, kListPhrase, kListPrev1, kListNext1,
  kHintSelf, kHintPrev1, kHintNext1, kHintOther, kHintOtherShare,
  kKeyPrevPair, kKeyNextPair,
  kWordClass, kStemClass, kStemClassPrev1, kStemClassNext1,
  // Version 2, second model: gazetteer evidence against the dictionary.
  kListedKnownShape,
};


// SplitMix64's finalizer: spreads every input bit over the output.
uint64_t mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

uint64_t hash_chars(std::u32string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a
  for (char32_t c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return mix(h ^ s.size());
}

uint64_t combine(uint64_t a, uint64_t b) { return mix(a * 0x9e3779b97f4a7c15ULL + b); }

uint64_t feature(Template t, uint64_t value) {
  uint64_t h = combine(t, value);
  return h ? h : 1;  // 0 marks an empty slot in the model's table
}

// Values of the positions outside the sentence.
const uint64_t kBeforeSentence = hash_chars(U"<s>");
const uint64_t kAfterSentence = hash_chars(U"</s>");

enum Shape : uint8_t { kArabic, kDigits, kHasDigit, kLatin, kPunctuation, kOther };

Shape shape_of(std::u32string_view key) {
  bool arabic = false, digit = false, latin = false, letter_or_digit = false;
  for (char32_t c : key) {
    if (chars::is_arabic_letter(c)) arabic = letter_or_digit = true;
    else if (chars::is_digit(c)) digit = letter_or_digit = true;
    else if (chars::is_latin_letter(c)) latin = letter_or_digit = true;
  }
  if (!letter_or_digit) return kPunctuation;
  if (digit) return arabic || latin ? kHasDigit : kDigits;
  if (latin) return arabic ? kOther : kLatin;
  return kArabic;
}

uint8_t length_bucket(size_t n) {
  if (n <= 4) return uint8_t(n);
  if (n <= 6) return 5;
  if (n <= 9) return 6;
  return 7;
}

std::vector<std::string> read_lines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, "cannot open");
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.pop_back();
    if (!line.empty() && line[0] != '#') lines.push_back(line);
  }
  return lines;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Knowledge

void NerGazetteer::add(std::u32string_view phrase, EntityType type) {
  // Key each word; collapse runs of spaces so "تل  ابيب" and "تل ابيب" are one entry.
  std::u32string keyed;
  size_t words = 0;
  size_t i = 0;
  std::u32string first;
  while (i < phrase.size()) {
    while (i < phrase.size() && chars::is_space(phrase[i])) ++i;
    size_t start = i;
    while (i < phrase.size() && !chars::is_space(phrase[i])) ++i;
    if (i == start) break;
    std::u32string word = key(phrase.substr(start, i - start));
    if (word.empty()) continue;
    if (words++ == 0) first = word;
    else keyed.push_back(U' ');
    keyed += word;
  }
  if (keyed.empty()) return;
  phrases[keyed] |= uint8_t(1u << int(type));
  if (words > 1) {
    phrase_starts.insert(first);
    for (size_t space = keyed.find(U' '); space != std::u32string::npos; space = keyed.find(U' ', space + 1))
      phrase_prefixes.insert(keyed.substr(0, space));
  }
  longest_phrase = std::max(longest_phrase, words);
}
void NerGazetteer::load_list(const std::string& path, EntityType type) {
  for (const std::string& line : read_lines(path)) {
    if (line.find_first_not_of('=') == std::string::npos) continue;  // "====" between groups
    add(utf8::decode(line), type);
  }
}

void NerGazetteer::load_aliases(const std::string& path, EntityType type) {
  for_each_tsv_row(path, 3, [&](const std::vector<std::string_view>& f) {
    if (f[2] != "typo") add(utf8::decode(f[0]), type);  // الولاياتالمتحدة is glue, not a name
  }, /*header=*/true);
}

NerKnowledge NerKnowledge::load(const std::string& dir, const std::string& aliases_dir) {
  NerKnowledge k;
  for (const std::string& line : read_lines(dir + "/light_prefixes.txt")) k.light_prefixes.push_back(key(utf8::decode(line)));
  std::stable_sort(k.light_prefixes.begin(), k.light_prefixes.end(),
                   [](const std::u32string& a, const std::u32string& b) { return a.size() > b.size(); });
  NerGazetteer& anergazet = k.gazetteer(NerList::Anergazet);
  anergazet.load_list(dir + "/gazetteers/per.txt", EntityType::Person);
  anergazet.load_list(dir + "/gazetteers/loc.txt", EntityType::Location);
  anergazet.load_list(dir + "/gazetteers/org.txt", EntityType::Organization);
  k.gazetteer(NerList::FirstNames).load_list(dir + "/gazetteers/first_names.txt", EntityType::Person);
  k.gazetteer(NerList::FamilyNames).load_list(dir + "/gazetteers/family_names.txt", EntityType::Person);
  const std::string aliases =
      aliases_dir.empty() ? (std::filesystem::path(dir).parent_path() / "aliases").string() : aliases_dir;
  NerGazetteer& actors = k.gazetteer(NerList::Actors);
  actors.load_aliases(aliases + "/people.tsv", EntityType::Person);
  actors.load_aliases(aliases + "/places.tsv", EntityType::Location);
  actors.load_aliases(aliases + "/organizations.tsv", EntityType::Organization);
  return k;
}

// ---------------------------------------------------------------------------------------------
// The lexicon's view of a word

namespace {

// hunspell-ar's dictionary: one `word/flags` per line (a word may have several lines). The
// class of a match key is a hash of all the flags its entries carry. Keyed by the hash of the
// match key: 170,000 entries load in a fraction of the time strings would take.
std::unordered_map<uint64_t, uint64_t> read_dictionary_classes(const std::string& path) {
  // (word, flag) pairs in one flat vector, sorted and folded per word afterwards: a map of
  // vectors costs an allocation per word, and this runs at every model load.
  std::vector<std::pair<uint64_t, uint64_t>> flags;
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::string line;
  std::getline(in, line);  // the entry count
  flags.reserve(200000);
  std::u32string word_key;
  while (std::getline(in, line)) {
    const size_t end = line.find_first_of("/\t \r");
    const std::string_view word = std::string_view(line).substr(0, end);
    if (word.empty() || word[0] == ':' || word.find('.') != std::string_view::npos) continue;
    std::string_view flag;
    if (end != std::string::npos && line[end] == '/') {
      const size_t flag_end = line.find_first_of("\t \r", end + 1);
      flag = std::string_view(line).substr(end + 1, flag_end == std::string::npos ? std::string::npos : flag_end - end - 1);
    }
    word_key.clear();
    append_key(utf8::decode(word), word_key);
    flags.emplace_back(hash_chars(word_key), hash_chars(utf8::decode(flag)));
  }
  std::sort(flags.begin(), flags.end());
  flags.erase(std::unique(flags.begin(), flags.end()), flags.end());
  std::unordered_map<uint64_t, uint64_t> classes;
  classes.reserve(flags.size());
  for (size_t i = 0; i < flags.size();) {
    uint64_t h = 0x51ed;
    size_t j = i;
    for (; j < flags.size() && flags[j].first == flags[i].first; ++j) h = combine(h, flags[j].second);
    classes.emplace(flags[i].first, h);
    i = j;
  }
  return classes;
}

}  // namespace

WordAnalyzer::WordAnalyzer(std::shared_ptr<const Lexicon> lexicon)
    : lexicon_(std::move(lexicon)),
      segmenter_(lexicon_ ? std::make_unique<CliticSegmenter>(*lexicon_) : nullptr),
      dictionary_classes_(lexicon_ ? read_dictionary_classes("/usr/share/hunspell/ar.dic")
                                   : std::unordered_map<uint64_t, uint64_t>{}) {}

WordAnalyzer::~WordAnalyzer() = default;

namespace {
constexpr size_t kMaxCachedWords = size_t(1) << 19;
}  // namespace

WordAnalysis WordAnalyzer::analyze(std::u32string_view skeleton, std::u32string_view key,
                                   const Segmentation* segmented) const {
  WordAnalysis a;
  a.stem_length = uint8_t(std::min<size_t>(key.size(), 255));
  if (!lexicon_ || skeleton.size() != key.size()) return a;
  const uint64_t id = hash_chars(skeleton);  // 64 bits: a collision is not worth a string per entry
  {
    std::lock_guard lock(mutex_);
    if (auto it = cache_.find(id); it != cache_.end()) return it->second;
  }
  // Outside the lock: the slow part.
  a.known = lexicon_->spelled(skeleton);
  const Segmentation s = segmented ? *segmented : segmenter_->segment(skeleton, key);
  a.stem_start = s.stem_start;
  a.stem_length = s.stem_length;
  a.enclitic_length = uint8_t(key.size() - s.stem_start - s.stem_length);
  auto class_of = [&](std::u32string_view k) {
    auto it = dictionary_classes_.find(hash_chars(k));
    return it == dictionary_classes_.end() ? uint64_t(0) : it->second;
  };
  a.word_class = class_of(key);
  a.stem_class = class_of(key.substr(s.stem_start, s.stem_length));
  std::lock_guard lock(mutex_);
  // A long run (a whole archive, a server) meets words without end: start over rather than
  // grow past ~40 MB. Entries are copied out, so no caller holds on to one.
  if (cache_.size() >= kMaxCachedWords) cache_.clear();
  cache_.emplace(id, a);
  return a;
}

// ---------------------------------------------------------------------------------------------
// Extraction

// What is computed once per token and then combined into features.
struct NerFeatureExtractor::TokenFacts {
  std::u32string key;
  WordParts parts;              // light stripping
  std::u32string_view segment_stem;  // the segmenter's stem
  uint64_t key_hash = 0;
  uint64_t stem_hash = 0;       // of parts.stem
  uint64_t segment_hash = 0;    // of segment_stem
  Shape shape = kOther;
  uint8_t length = 0;
  uint8_t enclitic_length = 0;
  uint64_t word_class = 0, stem_class = 0;  // hunspell-ar's (WordAnalysis)
  // Per gazetteer: the type bits of the word (or its stems) alone, and B-X / I-X (a Tag) of
  // the longest listed phrase covering it.
  std::array<uint8_t, kNerListCount> listed_word{};
  std::array<uint8_t, kNerListCount> listed_phrase{};
  int8_t known = -1;            // hunspell: 1 known, 0 unknown, −1 not asked
  // Bit (1 << list): the key, or the light stem, is the first word of a phrase of that list.
  uint8_t key_starts_phrase = 0, stem_starts_phrase = 0;
};

NerFeatureExtractor::NerFeatureExtractor(const NerKnowledge& knowledge, const WordAnalyzer* words)
    : knowledge_(knowledge), words_(knowledge.use_lexicon ? words : nullptr) {
  for (size_t list = 0; list < kNerListCount; ++list) {
    const NerGazetteer& g = knowledge.gazetteers[list];
    for (const auto& [phrase, types] : g.phrases) listings_[hash_chars(phrase)].types[list] |= types;
    for (const std::u32string& start : g.phrase_starts)
      listings_[hash_chars(start)].starts_phrase |= uint8_t(1u << list);
  }
}

const NerFeatureExtractor::Listing* NerFeatureExtractor::listing(uint64_t key_hash) const {
  auto it = listings_.find(key_hash);
  return it == listings_.end() ? nullptr : &it->second;
}

WordParts NerFeatureExtractor::split_word(std::u32string_view key) const {
  for (const std::u32string& p : knowledge_.light_prefixes)
    if (key.size() >= p.size() + 3 && key.starts_with(p)) return {key.substr(0, p.size()), key.substr(p.size())};
  return {{}, key};
}

void NerFeatureExtractor::describe(std::u32string_view surface, const SegmentedWord* segmented,
                                   TokenFacts& f) const {
  thread_local std::u32string origin, skeleton;  // scratch, reused: this runs for every token
  origin.clear();
  append_key(surface, f.key, &origin);
  f.parts = split_word(f.key);
  f.key_hash = hash_chars(f.key);
  f.stem_hash = f.parts.proclitics.empty() ? f.key_hash : hash_chars(f.parts.stem);
  f.shape = shape_of(f.key);
  f.length = length_bucket(f.key.size());
  f.segment_stem = f.key;
  f.segment_hash = f.key_hash;
  if (words_ && f.shape == kArabic) {
    skeleton.resize(f.key.size());
    for (size_t i = 0; i < f.key.size(); ++i) skeleton[i] = surface[origin[i]];
    const bool same_key = segmented && segmented->key == f.key;
    WordAnalysis a = words_->analyze(skeleton, f.key, same_key ? &segmented->segmentation : nullptr);
    f.known = a.known;
    f.segment_stem = std::u32string_view(f.key).substr(a.stem_start, a.stem_length);
    f.enclitic_length = a.enclitic_length;
    f.word_class = a.word_class;
    f.stem_class = a.stem_class;
    if (f.segment_stem.size() != f.key.size()) f.segment_hash = hash_chars(f.segment_stem);
  }
  // The word, or either of its stems, as listed.
  auto mark = [&](uint64_t form) -> uint8_t {
    const Listing* l = listing(form);
    if (!l) return 0;
    for (size_t list = 0; list < kNerListCount; ++list) f.listed_word[list] |= l->types[list];
    return l->starts_phrase;
  };
  f.key_starts_phrase = mark(f.key_hash);
  if (!f.parts.proclitics.empty()) f.stem_starts_phrase = mark(f.stem_hash);
  if (f.segment_stem.size() != f.key.size() && f.segment_stem != f.parts.stem) mark(f.segment_hash);
}

// Finds listed multi-word names (الشرق الاوسط, تل ابيب), the first word possibly with
// proclitics (وتل ابيب), and marks their words B-X, I-X. Longest match wins.
void NerFeatureExtractor::mark_gazetteer(NerList list, std::vector<TokenFacts>& facts) const {
  const NerGazetteer& g = knowledge_.gazetteer(list);
  if (g.longest_phrase < 2) return;
  std::u32string phrase;
  for (size_t i = 0; i < facts.size();) {
    const TokenFacts& f = facts[i];
    const uint8_t bit = uint8_t(1u << size_t(list));
    std::u32string_view first;
    if (f.key_starts_phrase & bit) first = f.key;
    else if (f.stem_starts_phrase & bit) first = f.parts.stem;
    size_t matched = 0;
    uint8_t types = 0;
    if (!first.empty()) {
      phrase.assign(first);
      for (size_t n = 2; n <= g.longest_phrase && i + n <= facts.size(); ++n) {
        phrase.push_back(U' ');
        phrase += facts[i + n - 1].key;
        if (auto it = g.phrases.find(phrase); it != g.phrases.end()) {
          matched = n;
          types = it->second;
        }
        if (!g.phrase_prefixes.count(phrase)) break;
      }
    }
    if (!matched) {
      ++i;
      continue;
    }
    // One type per phrase for the B/I feature: the lowest listed (PER < LOC < ORG).
    EntityType type = EntityType::None;
    for (int t = 1; t < kEntityTypeCount; ++t)
      if (types & (1u << t)) {
        type = EntityType(t);
        break;
      }
    facts[i].listed_phrase[size_t(list)] = begin_tag(type);
    for (size_t j = 1; j < matched; ++j) facts[i + j].listed_phrase[size_t(list)] = inside_tag(type);
    i += matched;
  }
}

// Where else in the document a word occurs, and between which words: a name is often
// introduced once with its title (الرئيس X, حزب Y) and later used bare.
struct NerFeatureExtractor::DocumentIndex {
  struct Occurrence {
    uint32_t sentence, token;
    uint64_t previous, next;  // key hashes of the neighbours
  };
  std::unordered_map<uint64_t, std::vector<Occurrence>> by_stem;

  // The occurrences of a token's word if there are others than itself, else null.
  const std::vector<Occurrence>* others(const TokenFacts& f) const {
    auto it = by_stem.find(f.segment_hash);
    return it != by_stem.end() && it->second.size() > 1 ? &it->second : nullptr;
  }
};

namespace {
// Words that occur more often than this in one document are common words, not names.
constexpr size_t kMaxDocumentOccurrences = 8;
// Stacking looks at more: a name can be the subject of a whole article.
constexpr size_t kMaxHintOccurrences = 30;

uint64_t share_bucket(size_t part, size_t whole) {
  if (part == 0) return 0;
  if (part == whole) return 3;
  return 2 * part >= whole ? 2 : 1;
}
}  // namespace

struct NerDocument::Words {
  std::vector<std::vector<NerFeatureExtractor::TokenFacts>> facts;  // per sentence, per token
  NerFeatureExtractor::DocumentIndex index;
};

NerDocument::NerDocument() : words_(std::make_unique<Words>()) {}
NerDocument::NerDocument(NerDocument&&) noexcept = default;
NerDocument& NerDocument::operator=(NerDocument&&) noexcept = default;
NerDocument::~NerDocument() = default;

void NerFeatureExtractor::extract(const std::vector<std::u32string_view>& surfaces, SentenceFeatures& out) const {
  std::vector<SentenceFeatures> one(1);
  extract_document({surfaces}, one);
  out = std::move(one[0]);
}

void NerFeatureExtractor::extract_document(const std::vector<std::vector<std::u32string_view>>& sentences,
                                           std::vector<SentenceFeatures>& out) const {
  features(read(sentences), out);
}

NerDocument NerFeatureExtractor::read(const std::vector<std::vector<std::u32string_view>>& sentences,
                                      const DocumentSegmentations* segmented) const {
  NerDocument document;
  auto& facts = document.words_->facts;
  DocumentIndex& index = document.words_->index;
  facts.resize(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    facts[s].resize(sentences[s].size());
    for (size_t i = 0; i < sentences[s].size(); ++i)
      describe(sentences[s][i], segmented ? &(*segmented)[s][i] : nullptr, facts[s][i]);
    for (size_t list = 0; list < kNerListCount; ++list) mark_gazetteer(NerList(list), facts[s]);
    const std::vector<TokenFacts>& f = facts[s];
    for (size_t i = 0; i < f.size(); ++i) {
      if (f[i].shape != kArabic || f[i].key.size() < 3) continue;
      uint64_t previous = i > 0 ? f[i - 1].key_hash : kBeforeSentence;
      uint64_t next = i + 1 < f.size() ? f[i + 1].key_hash : kAfterSentence;
      index.by_stem[f[i].segment_hash].push_back({uint32_t(s), uint32_t(i), previous, next});
    }
  }
  return document;
}

void NerFeatureExtractor::features(const NerDocument& document, std::vector<SentenceFeatures>& out) const {
  const auto& facts = document.words_->facts;
  out.resize(facts.size());
  for (size_t s = 0; s < facts.size(); ++s) extract_sentence(facts[s], document.words_->index, uint32_t(s), out[s]);
}

void NerFeatureExtractor::hint_features(const NerDocument& document, const DocumentHints& hints,
                                        std::vector<SentenceFeatures>& out) const {
  const auto& facts = document.words_->facts;
  out.resize(facts.size());
  for (size_t s = 0; s < facts.size(); ++s)
    extract_hints(facts[s], document.words_->index, uint32_t(s), hints, out[s]);
}

void NerFeatureExtractor::extract_sentence(const std::vector<TokenFacts>& facts, const DocumentIndex& index,
                                           uint32_t sentence, SentenceFeatures& out) const {
  out.hashes.clear();
  out.offsets.clear();
  const size_t n = facts.size();

  auto key_at = [&](ptrdiff_t i) {
    return i < 0 ? kBeforeSentence : size_t(i) >= n ? kAfterSentence : facts[i].key_hash;
  };
  auto stem_at = [&](ptrdiff_t i) {
    return i < 0 ? kBeforeSentence : size_t(i) >= n ? kAfterSentence : facts[i].stem_hash;
  };
  auto segment_at = [&](ptrdiff_t i) {
    return i < 0 ? kBeforeSentence : size_t(i) >= n ? kAfterSentence : facts[i].segment_hash;
  };
  auto shape_at = [&](ptrdiff_t i) -> uint64_t { return i < 0 ? 100 : size_t(i) >= n ? 101 : facts[i].shape; };
  auto listed_at = [&](size_t list, ptrdiff_t i) -> uint64_t {
    return i < 0 || size_t(i) >= n ? 0 : facts[i].listed_word[list] | (facts[i].listed_phrase[list] << 5);
  };

  out.hashes.reserve(n * 48);
  out.offsets.reserve(n + 1);
  for (size_t u = 0; u < n; ++u) {
    out.offsets.push_back(uint32_t(out.hashes.size()));
    const ptrdiff_t i = ptrdiff_t(u);
    const TokenFacts& f = facts[u];

    auto add = [&](Template t, uint64_t value) { out.hashes.push_back(feature(t, value)); };
    add(kBias, 0);
    add(kKey, f.key_hash);
    add(kKeyPrev1, key_at(i - 1));
    add(kKeyPrev2, key_at(i - 2));
    add(kKeyNext1, key_at(i + 1));
    add(kKeyNext2, key_at(i + 2));
    add(kBigramPrev, combine(key_at(i - 1), f.key_hash));
    add(kBigramNext, combine(f.key_hash, key_at(i + 1)));

    const std::u32string_view k = f.key;
    for (size_t len = 1; len <= 4 && len < k.size(); ++len) {
      add(kPrefix, hash_chars(k.substr(0, len)));
      add(kSuffix, hash_chars(k.substr(k.size() - len)));
    }

    add(kStem, f.stem_hash);
    add(kProclitics, hash_chars(f.parts.proclitics));
    add(kStemPrev1, stem_at(i - 1));
    add(kStemNext1, stem_at(i + 1));

    if (words_) {
      const std::u32string_view stem = f.segment_stem;
      const size_t stem_start = size_t(stem.data() - f.key.data());
      add(kSegmentStem, f.segment_hash);
      add(kSegmentProclitics, hash_chars(k.substr(0, stem_start)));
      add(kSegmentEnclitic, hash_chars(k.substr(stem_start + stem.size())));
      for (size_t len = 1; len <= 3 && len < stem.size(); ++len) {
        add(kSegmentStemPrefix, hash_chars(stem.substr(0, len)));
        add(kSegmentStemSuffix, hash_chars(stem.substr(stem.size() - len)));
      }
      add(kSegmentStemPrev1, segment_at(i - 1));
      add(kSegmentStemNext1, segment_at(i + 1));
      add(kSegmentBigramPrev, combine(segment_at(i - 1), f.segment_hash));
      add(kSegmentBigramNext, combine(f.segment_hash, segment_at(i + 1)));
    }
    add(kKeyPrevPair, combine(key_at(i - 2), key_at(i - 1)));
    add(kKeyNextPair, combine(key_at(i + 1), key_at(i + 2)));

    add(kShape, f.shape);
    add(kShapePrevCur, shape_at(i - 1) * 128 + f.shape);
    add(kShapeCurNext, f.shape * 128 + shape_at(i + 1));
    add(kLength, f.length);

    for (size_t list = 0; list < kNerListCount; ++list) {
      // ANERgazet keeps the templates of version 1; the other lists have their own.
      const bool first = list == 0;
      const uint64_t l = uint64_t(list) << 16;
      for (int t = 1; t < kEntityTypeCount; ++t)
        if (f.listed_word[list] & (1u << t)) add(first ? kGazetteerWord : kListWord, l | t);
      if (f.listed_phrase[list]) add(first ? kGazetteerPhrase : kListPhrase, l | f.listed_phrase[list]);
      if (uint64_t g = listed_at(list, i - 1)) add(first ? kGazetteerPrev1 : kListPrev1, l | g);
      if (uint64_t g = listed_at(list, i + 1)) add(first ? kGazetteerNext1 : kListNext1, l | g);
    }

    if (words_) {
      add(kWordClass, f.word_class);
      add(kStemClass, f.stem_class);
      add(kStemClassPrev1, u > 0 ? facts[u - 1].stem_class : 1);
      add(kStemClassNext1, u + 1 < n ? facts[u + 1].stem_class : 1);
    }
    if (f.known >= 0) {
      add(kKnown, uint64_t(f.known));
      add(kKnownLength, uint64_t(f.known) * 16 + f.length);
    }
    // Listed in some gazetteer, against known to hunspell-ar: a listed word the dictionary
    // does not know (لافروف) is a name; a listed one it knows (الأمل, حماس) may be a word.
    uint8_t listed = 0;
    for (size_t list = 0; list < kNerListCount; ++list) listed |= f.listed_word[list] | f.listed_phrase[list];
    add(kListedKnownShape, (listed ? 2 : 0) + uint64_t(f.known == 1) + 4 * uint64_t(f.shape));

    // The neighbours of the word's other occurrences in the document.
    if (const auto* others = index.others(f); others && others->size() <= kMaxDocumentOccurrences) {
      for (const DocumentIndex::Occurrence& o : *others) {
        if (o.sentence == sentence && o.token == u) continue;
        add(kDocumentPrevious, o.previous);
        add(kDocumentNext, o.next);
      }
    }

  }
  out.offsets.push_back(uint32_t(out.hashes.size()));
}

// Stacking: the first tagger's tags here, around here, and at the word's other occurrences.
void NerFeatureExtractor::extract_hints(const std::vector<TokenFacts>& facts, const DocumentIndex& index,
                                        uint32_t sentence, const DocumentHints& hints,
                                        SentenceFeatures& out) const {
  out.hashes.clear();
  out.offsets.clear();
  const std::vector<Tag>& own = hints[sentence];
  const size_t n = facts.size();
  auto hint_at = [&](ptrdiff_t i) -> uint64_t { return i < 0 ? 100 : size_t(i) >= n ? 101 : own[i]; };
  for (size_t u = 0; u < n; ++u) {
    out.offsets.push_back(uint32_t(out.hashes.size()));
    auto add = [&](Template t, uint64_t value) { out.hashes.push_back(feature(t, value)); };
    const ptrdiff_t i = ptrdiff_t(u);
    add(kHintSelf, own[u]);
    add(kHintPrev1, hint_at(i - 1) * 128 + own[u]);
    add(kHintNext1, own[u] * 128 + hint_at(i + 1));
    const auto* others = index.others(facts[u]);
    if (!others || others->size() > kMaxHintOccurrences) continue;
    std::array<size_t, kEntityTypeCount> by_type{};
    size_t total = 0;
    for (const DocumentIndex::Occurrence& o : *others) {
      if (o.sentence == sentence && o.token == u) continue;
      ++by_type[size_t(tag_type(hints[o.sentence][o.token]))];
      ++total;
    }
    for (int t = 0; t < kEntityTypeCount; ++t)
      if (by_type[t]) {
        add(kHintOther, t);
        add(kHintOtherShare, t * 4 + share_bucket(by_type[t], total));
      }
  }
  out.offsets.push_back(uint32_t(out.hashes.size()));
}

}  // namespace marsad

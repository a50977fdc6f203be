#include "entities/ner_features.h"

#include <hunspell/hunspell.hxx>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/input_error.h"
#include "core/utf8.h"
#include "text/chars.h"
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

std::u32string strip_marks(std::u32string_view surface) {
  std::u32string out;
  out.reserve(surface.size());
  for (char32_t c : surface)
    if (!chars::is_diacritic(c) && !chars::is_tatweel(c) && !chars::is_invisible(c)) out.push_back(c);
  return out;
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
  if (words > 1) phrase_starts.insert(first);
  longest_phrase = std::max(longest_phrase, words);
}

void NerGazetteer::load_list(const std::string& path, EntityType type) {
  for (const std::string& line : read_lines(path)) {
    if (line.find_first_not_of('=') == std::string::npos) continue;  // "====" between groups
    add(utf8::decode(line), type);
  }
}

NerKnowledge NerKnowledge::load(const std::string& dir) {
  NerKnowledge k;
  for (const std::string& line : read_lines(dir + "/light_prefixes.txt")) k.light_prefixes.push_back(key(utf8::decode(line)));
  std::stable_sort(k.light_prefixes.begin(), k.light_prefixes.end(),
                   [](const std::u32string& a, const std::u32string& b) { return a.size() > b.size(); });
  k.gazetteer.load_list(dir + "/gazetteers/per.txt", EntityType::Person);
  k.gazetteer.load_list(dir + "/gazetteers/loc.txt", EntityType::Location);
  k.gazetteer.load_list(dir + "/gazetteers/org.txt", EntityType::Organization);
  return k;
}

// ---------------------------------------------------------------------------------------------
// Known words

KnownWords::KnownWords() {
  const char* aff = "/usr/share/hunspell/ar.aff";
  const char* dic = "/usr/share/hunspell/ar.dic";
  if (std::filesystem::exists(aff) && std::filesystem::exists(dic)) hunspell_ = std::make_unique<Hunspell>(aff, dic);
}

KnownWords::~KnownWords() = default;

bool KnownWords::known(std::u32string_view word) const {
  if (!hunspell_) return false;
  const uint64_t id = hash_chars(word);  // 64 bits: a collision is not worth a string per entry
  {
    std::lock_guard lock(mutex_);
    auto it = cache_.find(id);
    if (it != cache_.end()) return it->second;
  }
  bool verdict = hunspell_->spell(utf8::encode(word));  // outside the lock: the slow part
  std::lock_guard lock(mutex_);
  cache_.emplace(id, verdict);
  return verdict;
}

// ---------------------------------------------------------------------------------------------
// Extraction

// What is computed once per token and then combined into features.
struct NerFeatureExtractor::TokenFacts {
  std::u32string key;
  WordParts parts;
  uint64_t key_hash = 0;
  uint64_t stem_hash = 0;
  Shape shape = kOther;
  uint8_t length = 0;
  uint8_t gazetteer_word = 0;    // type bits of the word (or its stem) alone
  uint8_t gazetteer_phrase = 0;  // B-X / I-X (a Tag) of the longest listed phrase covering it
  int8_t known = -1;             // hunspell: 1 known, 0 unknown, −1 not asked
};

NerFeatureExtractor::NerFeatureExtractor(const NerKnowledge& knowledge, const KnownWords* known)
    : knowledge_(knowledge), known_(known && known->available() && knowledge.use_hunspell ? known : nullptr) {}

WordParts NerFeatureExtractor::split_word(std::u32string_view key) const {
  for (const std::u32string& p : knowledge_.light_prefixes)
    if (key.size() >= p.size() + 3 && key.starts_with(p)) return {key.substr(0, p.size()), key.substr(p.size())};
  return {{}, key};
}

void NerFeatureExtractor::describe(std::u32string_view surface, TokenFacts& f) const {
  f.key = key(surface);
  f.parts = split_word(f.key);
  f.key_hash = hash_chars(f.key);
  f.stem_hash = f.parts.proclitics.empty() ? f.key_hash : hash_chars(f.parts.stem);
  f.shape = shape_of(f.key);
  f.length = length_bucket(f.key.size());
  const auto& phrases = knowledge_.gazetteer.phrases;
  if (auto it = phrases.find(f.key); it != phrases.end()) f.gazetteer_word |= it->second;
  if (!f.parts.proclitics.empty())
    if (auto it = phrases.find(std::u32string(f.parts.stem)); it != phrases.end()) f.gazetteer_word |= it->second;
  if (known_ && f.shape == kArabic) f.known = known_->known(strip_marks(surface));
}

// Finds listed multi-word names (الشرق الاوسط, تل ابيب), the first word possibly with
// proclitics (وتل ابيب), and marks their words B-X, I-X. Longest match wins.
void NerFeatureExtractor::mark_gazetteer(std::vector<TokenFacts>& facts) const {
  const NerGazetteer& g = knowledge_.gazetteer;
  if (g.longest_phrase < 2) return;
  std::u32string phrase;
  for (size_t i = 0; i < facts.size();) {
    const TokenFacts& f = facts[i];
    std::u32string_view first;
    if (g.phrase_starts.count(f.key)) first = f.key;
    else if (!f.parts.proclitics.empty() && g.phrase_starts.count(std::u32string(f.parts.stem))) first = f.parts.stem;
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
    facts[i].gazetteer_phrase = begin_tag(type);
    for (size_t j = 1; j < matched; ++j) facts[i + j].gazetteer_phrase = inside_tag(type);
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
  std::unordered_map<uint64_t, std::vector<Occurrence>> by_key;
};

namespace {
// Words that occur more often than this in one document are common words, not names.
constexpr size_t kMaxDocumentOccurrences = 8;
}  // namespace

void NerFeatureExtractor::extract(const std::vector<std::u32string_view>& surfaces, SentenceFeatures& out) const {
  std::vector<SentenceFeatures> one(1);
  extract_document({surfaces}, one);
  out = std::move(one[0]);
}

void NerFeatureExtractor::extract_document(const std::vector<std::vector<std::u32string_view>>& sentences,
                                           std::vector<SentenceFeatures>& out) const {
  std::vector<std::vector<TokenFacts>> facts(sentences.size());
  DocumentIndex index;
  for (size_t s = 0; s < sentences.size(); ++s) {
    facts[s].resize(sentences[s].size());
    for (size_t i = 0; i < sentences[s].size(); ++i) describe(sentences[s][i], facts[s][i]);
    mark_gazetteer(facts[s]);
    const std::vector<TokenFacts>& f = facts[s];
    for (size_t i = 0; i < f.size(); ++i) {
      if (f[i].shape != kArabic || f[i].key.size() < 3) continue;
      uint64_t previous = i > 0 ? f[i - 1].key_hash : kBeforeSentence;
      uint64_t next = i + 1 < f.size() ? f[i + 1].key_hash : kAfterSentence;
      index.by_key[f[i].stem_hash].push_back({uint32_t(s), uint32_t(i), previous, next});
    }
  }
  out.resize(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) extract_sentence(facts[s], index, uint32_t(s), out[s]);
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
  auto shape_at = [&](ptrdiff_t i) -> uint64_t { return i < 0 ? 100 : size_t(i) >= n ? 101 : facts[i].shape; };
  auto gazetteer_at = [&](ptrdiff_t i) -> uint64_t {
    return i < 0 || size_t(i) >= n ? 0 : facts[i].gazetteer_word | (facts[i].gazetteer_phrase << 5);
  };

  out.hashes.reserve(n * 40);
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

    add(kShape, f.shape);
    add(kShapePrevCur, shape_at(i - 1) * 128 + f.shape);
    add(kShapeCurNext, f.shape * 128 + shape_at(i + 1));
    add(kLength, f.length);

    for (int t = 1; t < kEntityTypeCount; ++t)
      if (f.gazetteer_word & (1u << t)) add(kGazetteerWord, t);
    if (f.gazetteer_phrase) add(kGazetteerPhrase, f.gazetteer_phrase);
    if (uint64_t g = gazetteer_at(i - 1)) add(kGazetteerPrev1, g);
    if (uint64_t g = gazetteer_at(i + 1)) add(kGazetteerNext1, g);

    if (f.known >= 0) {
      add(kKnown, uint64_t(f.known));
      add(kKnownLength, uint64_t(f.known) * 16 + f.length);
    }

    // The neighbours of the word's other occurrences in the document.
    if (auto it = index.by_key.find(f.stem_hash); it != index.by_key.end() && it->second.size() > 1 &&
                                                   it->second.size() <= kMaxDocumentOccurrences) {
      for (const DocumentIndex::Occurrence& o : it->second) {
        if (o.sentence == sentence && o.token == u) continue;
        add(kDocumentPrevious, o.previous);
        add(kDocumentNext, o.next);
      }
    }
  }
  out.offsets.push_back(uint32_t(out.hashes.size()));
}

}  // namespace marsad

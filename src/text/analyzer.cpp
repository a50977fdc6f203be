#include "text/analyzer.h"

#include <unordered_map>

#include "core/hash.h"
#include "core/utf8.h"
#include "text/chars.h"
#include "text/glued_words.h"
#include "text/normalize.h"
#include "text/repair.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace marsad {
namespace {

// Memo tables grow with the vocabulary; past this many word types they start again.
constexpr size_t kMaxMemo = 1 << 21;

// What we know of one word type, by its skeleton.
struct WordInfo {
  bool segmented = false;
  bool glue_checked = false;
  Segmentation seg;
  GluePoints glue;
};
using WordMemo = std::unordered_map<std::u32string, WordInfo, U32Hash, std::equal_to<>>;

}  // namespace

struct TextAnalyzer::State : GlueFinder {
  explicit State(std::shared_ptr<const Lexicon> lex)
      : lexicon(std::move(lex)), segmenter(*lexicon), glue(*lexicon, segmenter) {}

  std::shared_ptr<const Lexicon> lexicon;
  CliticSegmenter segmenter;
  GlueSplitter glue;
  WordMemo words;
  // The runs the repair looked up, in text order, so that tokens find their word again
  // without a second hash look-up.
  struct Run {
    uint32_t start;
    const std::u32string* skeleton;
    WordInfo* info;
  };
  std::vector<Run> runs;
  size_t next_run = 0;

  WordMemo::value_type& entry(std::u32string_view skeleton) {
    auto it = words.find(skeleton);
    if (it != words.end()) return *it;
    return *words.emplace(std::u32string(skeleton), WordInfo{}).first;
  }

  const Segmentation& segment(WordInfo& w, std::u32string_view skeleton, std::u32string_view key) {
    if (!w.segmented) {
      w.seg = segmenter.segment(skeleton, key);
      w.segmented = true;
    }
    return w.seg;
  }

  GluePoints find(uint32_t start, std::u32string_view skeleton, std::u32string_view key) override {
    auto& [stored, w] = entry(skeleton);
    if (!w.glue_checked) {
      w.glue = glue.split(skeleton, key);
      w.glue_checked = true;
    }
    if (w.glue.count == 0) runs.push_back({start, &stored, &w});
    return w.glue;
  }

  // The memo entry of the token's word: from the repair's run when it is the same word.
  WordInfo& word_of(const Token& t, std::u32string_view skeleton) {
    while (next_run < runs.size() && runs[next_run].start < t.span.start) ++next_run;
    if (next_run < runs.size() && runs[next_run].start == t.span.start && *runs[next_run].skeleton == skeleton)
      return *runs[next_run].info;
    return entry(skeleton).second;
  }

  // Fills a word token's key, clitics and stem.
  void analyze_word(Analyzed& a, Token& t, std::u32string& skeleton, std::u32string& key, std::vector<uint32_t>& origin) {
    skeleton.clear();
    origin.clear();
    std::u32string_view surface = a.surface(t);
    for (uint32_t i = 0; i < surface.size(); ++i) {
      char32_t c = surface[i];
      if (chars::is_diacritic(c) || chars::is_tatweel(c) || chars::is_invisible(c)) continue;
      skeleton.push_back(c);
      origin.push_back(i);
    }
    key.clear();
    for (char32_t c : skeleton) key.push_back(fold_for_key(c));
    t.key_start = static_cast<uint32_t>(a.keys.size());
    t.key_length = static_cast<uint32_t>(key.size());
    a.keys.append(key);
    if (key.empty()) return;
    t.seg = segment(word_of(t, skeleton), skeleton, key);
    // The stem's surface: from its first letter to the marks after its last letter.
    uint32_t first = origin[t.seg.stem_start];
    uint32_t last_letter = t.seg.stem_start + t.seg.stem_length;
    uint32_t end = last_letter < origin.size() ? origin[last_letter] : static_cast<uint32_t>(surface.size());
    t.stem = {t.edited.start + first, t.edited.start + end};
  }
};

TextAnalyzer::TextAnalyzer(std::shared_ptr<const Lexicon> lexicon) : state_(std::make_unique<State>(std::move(lexicon))) {}
TextAnalyzer::~TextAnalyzer() = default;

const Lexicon& TextAnalyzer::lexicon() const { return *state_->lexicon; }

Analyzed TextAnalyzer::analyze(const Document& document) {
  Analyzed a;
  a.document = &document;
  a.original = utf8::decode(document.text);
  // Entries are only dropped between documents: `runs` points into the memo.
  if (state_->words.size() > kMaxMemo) state_->words.clear();
  state_->runs.clear();
  state_->next_run = 0;
  Repaired repaired = repair(a.original, *state_);
  a.text = std::move(repaired.text);
  a.map = std::move(repaired.map);
  a.repairs = std::move(repaired.repairs);

  std::vector<RawToken> raw = tokenize(a.text);
  a.tokens.reserve(raw.size());
  a.keys.reserve(a.text.size());
  std::u32string skeleton, key;
  std::vector<uint32_t> origin;
  for (const RawToken& r : raw) {
    Token t;
    t.edited = r.edited;
    t.span = a.map.to_original(r.edited);
    t.kind = r.kind;
    t.stem = r.edited;
    if (t.kind == TokenKind::kWord) {
      state_->analyze_word(a, t, skeleton, key, origin);
    } else {
      t.key_start = static_cast<uint32_t>(a.keys.size());
      append_key(a.surface(t), a.keys);
      t.key_length = static_cast<uint32_t>(a.keys.size()) - t.key_start;
      t.seg.stem_length = static_cast<uint8_t>(std::min<uint32_t>(t.key_length, 255));
    }
    a.tokens.push_back(t);
  }

  for (const SentenceRange& s : split_sentences(a.text, raw)) {
    Sentence sentence;
    sentence.first_token = s.first_token;
    sentence.end_token = s.end_token;
    sentence.edited = {raw[s.first_token].edited.start, raw[s.end_token - 1].edited.end};
    sentence.span = a.map.to_original(sentence.edited);
    a.sentences.push_back(sentence);
  }
  return a;
}

std::string_view repair_kind_name(RepairKind kind) {
  switch (kind) {
    case RepairKind::kMissingSpaceAfterPunct: return "missing_space_after_punct";
    case RepairKind::kMergedWords: return "merged_words";
    case RepairKind::kHeadingGlued: return "heading_glued_to_text";
    case RepairKind::kDuplicatedLine: return "duplicated_line";
    case RepairKind::kPresentationForm: return "presentation_form";
  }
  return "unknown";
}

std::string_view token_kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kLatin: return "latin";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kSymbol: return "symbol";
    case TokenKind::kUrl: return "url";
  }
  return "unknown";
}

}  // namespace marsad

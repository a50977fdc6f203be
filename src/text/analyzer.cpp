#include "text/analyzer.h"


#include "core/utf8.h"
#include "text/chars.h"
#include "text/glued_words.h"
#include "text/normalize.h"
#include "text/repair.h"
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "text/word_table.h"

namespace marsad {
namespace {

// Memo tables grow with the vocabulary; past this many word types they start again.
constexpr size_t kMaxMemo = 1 << 21;

// What we know of one word type, by its surface (as written, harakat and all). Most
// surfaces carry no marks, so their skeleton is the surface itself.
struct WordInfo {
  bool prepared = false;
  bool segmented = false;
  bool glue_checked = false;
  std::u32string skeleton;  // only when it differs from the surface
  std::u32string key;
  std::vector<uint8_t> origin;  // surface index of each skeleton letter; empty when plain
  Segmentation seg;
  GluePoints glue;  // surface indices
};
using WordMemo = WordTable<WordInfo>;

bool is_mark(char32_t c) { return chars::is_diacritic(c) || chars::is_tatweel(c) || chars::is_invisible(c); }

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
    const std::u32string* surface;
    WordInfo* info;
  };
  std::vector<Run> runs;
  size_t next_run = 0;

  WordMemo::Entry& entry(std::u32string_view surface) {
    WordMemo::Entry& e = words.find_or_insert(surface);
    prepare(e.word, e.value);
    return e;
  }

  static void prepare(std::u32string_view surface, WordInfo& w) {
    if (w.prepared) return;
    w.prepared = true;
    bool plain = surface.size() <= 255;
    for (char32_t c : surface) plain = plain && !is_mark(c);
    if (!plain) {
      for (uint32_t i = 0; i < surface.size() && i < 256; ++i) {
        if (is_mark(surface[i])) continue;
        w.skeleton.push_back(surface[i]);
        w.origin.push_back(static_cast<uint8_t>(i));
      }
    }
    for (char32_t c : plain ? surface : std::u32string_view(w.skeleton)) w.key.push_back(fold_for_key(c));
  }

  static std::u32string_view skeleton_of(const std::u32string& surface, const WordInfo& w) {
    return w.origin.empty() ? std::u32string_view(surface) : std::u32string_view(w.skeleton);
  }
  static uint32_t surface_index(const WordInfo& w, uint32_t skeleton_index) {
    return w.origin.empty() ? skeleton_index : w.origin[skeleton_index];
  }

  GluePoints find(uint32_t start, std::u32string_view run) override {
    WordMemo::Entry& e = entry(run);
    const std::u32string& surface = e.word;
    WordInfo& w = e.value;
    if (!w.glue_checked) {
      GluePoints points = glue.split(skeleton_of(surface, w), w.key);
      for (uint8_t k = 0; k < points.count; ++k) w.glue.add(surface_index(w, points.at[k]));
      w.glue.margin = points.margin;
      w.glue_checked = true;
    }
    if (w.glue.count == 0) runs.push_back({start, &surface, &w});
    return w.glue;
  }

  // Fills a word token's key, clitics and stem. The word's memo entry comes from the run the
  // repair looked up at the same place when it is the same word (no second hash look-up).
  void analyze_word(Analyzed& a, Token& t) {
    std::u32string_view surface_view = a.surface(t);
    const std::u32string* surface;
    WordInfo* w;
    while (next_run < runs.size() && runs[next_run].start < t.span.start) ++next_run;
    if (next_run < runs.size() && runs[next_run].start == t.span.start && *runs[next_run].surface == surface_view) {
      surface = runs[next_run].surface;
      w = runs[next_run].info;
    } else {
      WordMemo::Entry& e = entry(surface_view);
      surface = &e.word;
      w = &e.value;
    }
    t.key_start = static_cast<uint32_t>(a.keys.size());
    t.key_length = static_cast<uint32_t>(w->key.size());
    a.keys.append(w->key);
    if (w->key.empty()) return;
    if (!w->segmented) {
      w->seg = segmenter.segment(skeleton_of(*surface, *w), w->key);
      w->segmented = true;
    }
    t.seg = w->seg;
    // The stem's surface: from its first letter to the marks after its last letter.
    uint32_t first = surface_index(*w, t.seg.stem_start);
    uint32_t after = t.seg.stem_start + t.seg.stem_length;
    uint32_t end = after < w->key.size() ? surface_index(*w, after) : static_cast<uint32_t>(surface_view.size());
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
  OffsetMap::Cursor to_original(a.map);
  for (const RawToken& r : raw) {
    Token t;
    t.edited = r.edited;
    t.span = to_original.to_original(r.edited);
    t.kind = r.kind;
    t.stem = r.edited;
    if (t.kind == TokenKind::kWord) {
      state_->analyze_word(a, t);
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

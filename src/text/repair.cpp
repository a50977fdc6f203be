#include "text/repair.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <unordered_map>
#include <unordered_set>

#include "core/hash.h"
#include "text/chars.h"
#include "text/normalize.h"

namespace marsad {
namespace {

// One change to the original: at `pos`, `removed` characters are replaced by `inserted`.
struct Edit {
  uint32_t pos;
  uint32_t removed;
  std::u32string inserted;
  RepairKind kind;
  Span context;  // what the repair record shows (the glued word, the dropped line)
};

constexpr size_t kMinDuplicatedLine = 20;
constexpr size_t kMaxHeadingWords = 8;
constexpr size_t kMinSplittable = 4;  // two pieces of two letters
// How much likelier than the whole word (natural log, GluePoints::margin) a cut must be to be
// made in a run the document writes more than once: الولاياتالمتحدة (21) is glue however
// often it recurs, ساوثهامبتون (6.5) or مورينهو (2.5) repeated is a name.
constexpr float kMinRepeatedGlueMargin = 8.0f;

// A close cut (margin below this) that leaves a piece of at most kShortPiece letters is made
// only if the document writes one of its two pieces elsewhere as a word. Transliterated names
// fall apart into a short word and a rest the document never writes alone (دان|سكيان،
// زي|جمار، بيل|لو، شنايدر|لين), while two words that lost their space mostly recur apart.
constexpr float kMinUnseenShortPieceMargin = 1.0f;
constexpr size_t kShortPiece = 3;
// ... in a text long enough for a word's absence to tell (a headline or a sentence alone
// writes each of its words once).
constexpr size_t kMinWordsForAbsence = 100;

bool is_letter(char32_t c) { return chars::is_arabic_letter(c); }
size_t letter_count(std::u32string_view w) { return static_cast<size_t>(std::count_if(w.begin(), w.end(), is_letter)); }
bool is_tanwin(char32_t c) { return c == U'\u064B' || c == U'\u064C' || c == U'\u064D'; }
// The alef written after a tanwin (سليمًا) is the tanwin's seat: only the fath tanwin has one,
// and not when its letter is already an alef, ى or ة (مثمناً، هدىً، مرةً). An alef after those
// begins the next word: مثمناًالوقفة is مثمناً + الوقفة.
bool takes_alef_after(char32_t tanwin, char32_t letter) {
  return tanwin == U'\u064B' && letter != U'ا' && letter != U'أ' && letter != U'ى' && letter != U'ة';
}
bool is_word_char(char32_t c) { return chars::is_arabic_word_char(c) || chars::is_digit(c) || chars::is_latin_letter(c); }

class EditCollector {
 public:
  explicit EditCollector(std::u32string_view text) : t_(text) {
    looked_up_.reserve(text.size() / 4);  // a run of four letters or more and a space at least
  }

  // The letter before position i (marks skipped), not before `floor`; 0 if none.
  char32_t letter_before(uint32_t i, uint32_t floor) const {
    while (i > floor && !is_letter(t_[i - 1])) --i;
    return i > floor ? t_[i - 1] : 0;
  }

  // The word around position i (letters, digits, marks), for repair records.
  Span word_at(uint32_t i) const {
    uint32_t s = i, e = i;
    while (s > 0 && is_word_char(t_[s - 1])) --s;
    while (e < t_.size() && is_word_char(t_[e])) ++e;
    return {s, e};
  }

  // A truncated copy of the next line (the second seed opens with one).
  void duplicated_lines() {
    uint32_t start = 0;
    while (start < t_.size()) {
      uint32_t end = static_cast<uint32_t>(std::min(t_.find(U'\n', start), t_.size()));
      if (end >= t_.size()) break;
      uint32_t next_end = static_cast<uint32_t>(std::min(t_.find(U'\n', end + 1), t_.size()));
      std::u32string_view line = trim(t_.substr(start, end - start));
      std::u32string_view next = trim(t_.substr(end + 1, next_end - end - 1));
      if (line.size() >= kMinDuplicatedLine && next.substr(0, line.size()) == line) {
        edits.push_back({start, end + 1 - start, U"", RepairKind::kDuplicatedLine, {start, end + 1}});
      }
      start = end + 1;
    }
  }

  void characters() {
    const uint32_t n = static_cast<uint32_t>(t_.size());
    for (uint32_t i = 0; i < n; ++i) {
      char32_t c = t_[i];
      if (is_letter(c)) {  // the common case: only a digit after it needs a look
        if (i + 1 < n && chars::is_digit(t_[i + 1])) edits.push_back({i + 1, 0, U" ", RepairKind::kMergedWords, word_at(i)});
        continue;
      }
      if (c == U' ' || chars::is_diacritic(c)) continue;
      if (chars::is_arabic_presentation_form(c)) {
        std::u32string letters = nfkc(t_.substr(i, 1));
        if (letters != t_.substr(i, 1)) edits.push_back({i, 1, letters, RepairKind::kPresentationForm, {i, i + 1}});
      } else if (is_missing_space_after(i)) {
        edits.push_back({i + 1, 0, U" ", RepairKind::kMissingSpaceAfterPunct, {word_before(i), word_at(i + 1).end}});
      } else if (c == U'-' && i > 0 && i + 1 < t_.size() && t_[i + 1] == U' ' && chars::is_sentence_end(t_[i - 1])) {
        // الإرهاب.- التصدّي: a list item glued to the line before. (A dash after a word may
        // be a bullet or a parenthesis — روسيا- أقوى حلفاء الأسد- الجهود — so it is left alone.)
        edits.push_back({i, 0, U"\n", RepairKind::kHeadingGlued, {word_before(i), word_at(i + 2).end}});
      } else if (i + 1 < n && chars::is_digit(c) && is_letter(t_[i + 1])) {
        // 3ملفات (and, above, عن70، تدمير3)
        edits.push_back({i + 1, 0, U" ", RepairKind::kMergedWords, word_at(i)});
      }
    }
  }

  void glued_words(GlueFinder& glue) {
    std::vector<GluedRun> runs;
    const uint32_t n = static_cast<uint32_t>(t_.size());
    for (uint32_t i = 0; i < n;) {
      if (!is_letter(t_[i])) {
        ++i;
        continue;
      }
      const uint32_t first_run = static_cast<uint32_t>(runs.size());
      uint32_t end = i;
      while (end < n && (chars::is_arabic_word_char(t_[end]) || chars::is_invisible(t_[end]))) ++end;
      // A tanwin ends its word (عوناًله، سليمًاويحفظ): the run is cut after it, and after
      // the alef that is its seat (takes_alef_after); each part is looked at on its own.
      uint32_t part = i;
      for (uint32_t j = i; j < end; ++j) {
        if (!is_tanwin(t_[j])) continue;
        uint32_t after = j + 1;
        bool seat_taken = !takes_alef_after(t_[j], letter_before(j, i));
        while (after < end && ((t_[after] == U'ا' && !seat_taken) || chars::is_diacritic(t_[after]))) {
          seat_taken = seat_taken || t_[after] == U'ا';
          ++after;
        }
        if (after >= end || !is_letter(t_[after])) continue;
        find_glue(glue, part, after, runs);
        edits.push_back({after, 0, U" ", RepairKind::kMergedWords, {i, end}});
        part = after;
      }
      find_glue(glue, part, end, runs);
      for (uint32_t k = first_run; k < runs.size(); ++k) runs[k].context = {i, end};
      i = end;
    }
    // The document is the best witness of its own words. A name is written the same way
    // again and again (ساوثهامبتون، مورينهو), alone or glued to a neighbour; a space is seldom
    // lost twice between the same two words unless the document writes them apart too. So a
    // doubtful cut is not made in a run the document writes again elsewhere (unless it writes
    // the pieces apart), nor inside a stretch the document writes elsewhere as a word the
    // lexicon does not know (ستيوارت فيفيرس … ستيوارتفيفيرس). A cut moves by a letter to where
    // the document's words are, and a close cut that leaves a short piece is made only if the
    // document writes one of its pieces somewhere.
    const bool any_doubtful =
        std::any_of(runs.begin(), runs.end(), [](const GluedRun& r) { return r.points.margin < kMinRepeatedGlueMargin; });
    if (any_doubtful) {
      index_words(runs);
      index_piece_words(runs);
    }
    for (const GluedRun& r : runs) {
      const bool doubtful = r.points.margin < kMinRepeatedGlueMargin;
      if (doubtful && written_elsewhere(r)) continue;
      for (uint8_t k = 0; k < r.points.count; ++k) {
        uint32_t p = r.points.at[k];
        if (doubtful && inside_unknown_word(r, p)) continue;
        if (is_lone_waw(r, p)) {
          if (!waw_stands_alone(r)) continue;
        } else if (uint32_t moved = doubtful ? moved_to_written_words(r, k) : p; moved != p) {
          p = moved;
        } else if (r.points.margin < kMinUnseenShortPieceMargin && leaves_unseen_short_piece(r, k)) {
          continue;
        }
        bool heading = starts_sentence(t_[r.start + p]) && is_glued_heading(r.start);
        edits.push_back({r.start + p, 0, heading ? U"\n" : U" ",
                         heading ? RepairKind::kHeadingGlued : RepairKind::kMergedWords, r.context});
      }
    }
  }

  std::vector<Edit> edits;

 private:
  struct GluedRun {
    uint32_t start, end;
    GluePoints points;
    Span context;  // the whole run as written, for the repair record
  };

  void find_glue(GlueFinder& glue, uint32_t start, uint32_t end, std::vector<GluedRun>& runs) {
    if (end - start < kMinSplittable) return;
    GluePoints points = glue.find(start, t_.substr(start, end - start));
    looked_up_.push_back({start, end});
    if (points.count) {
      runs.push_back({start, end, points, {start, end}});
    } else if (points.margin < 0) {
      unknown_words_.push_back({start, end});
    }
  }

  std::u32string_view letters(uint32_t start, uint32_t end) const { return t_.substr(start, end - start); }

  // Position i of run x is one of its ends or cuts.
  static bool is_bound(const GluedRun& x, size_t i) {
    if (i == 0 || i == x.end - x.start) return true;
    for (uint8_t k = 0; k < x.points.count; ++k)
      if (x.points.at[k] == i) return true;
    return false;
  }
  // A run's ends and cuts, in order (no allocation: at most six cuts).
  struct Bounds {
    uint32_t at[sizeof(GluePoints::at) + 2];
    size_t n = 0;
    size_t size() const { return n; }
    uint32_t operator[](size_t i) const { return at[i]; }
    const uint32_t* begin() const { return at; }
    const uint32_t* end() const { return at + n; }
  };
  static Bounds bounds_of(const GluedRun& x) {
    Bounds b;
    b.at[b.n++] = 0;
    for (uint8_t k = 0; k < x.points.count; ++k) b.at[b.n++] = x.points.at[k];
    b.at[b.n++] = x.end - x.start;
    return b;
  }

  // What the document writes as a word, for the doubtful cuts (only built when there is one).
  void index_words(const std::vector<GluedRun>& runs) {
    std::bitset<256> doubtful_sizes;  // most runs are not the size of a doubtful one: no hashing
    for (const GluedRun& x : runs) {
      if (x.points.margin >= kMinRepeatedGlueMargin) continue;
      doubtful_.insert(letters(x.start, x.end));
      if (x.end - x.start < 256) doubtful_sizes.set(x.end - x.start);
    }
    for (const Span& r : looked_up_)
      if (r.size() < 256 && doubtful_sizes[r.size()] && doubtful_.contains(letters(r.start, r.end)))
        ++times_written_[letters(r.start, r.end)];
    for (const Span& w : unknown_words_) unknown_.insert(letters(w.start, w.end));
    for (const GluedRun& x : runs) {
      // The words a cut run stands for (its cuts bound them), whole run left out.
      Bounds b = bounds_of(x);
      for (size_t i = 0; i < b.size(); ++i)
        for (size_t j = i + 1; j < b.size(); ++j)
          if (j - i < b.size() - 1) cut_words_.insert(letters(x.start + b[i], x.start + b[j]));
    }
  }

  // The document writes the letters of run r again elsewhere as a word: alone, or glued to
  // a neighbour and cut from it (… فيفيرس … ستيوارتفيفيرس).
  bool written_elsewhere(const GluedRun& r) const {
    std::u32string_view word = letters(r.start, r.end);
    auto it = times_written_.find(word);
    return ((it != times_written_.end() && it->second > 1) || cut_words_.contains(word)) && !written_apart(r);
  }

  // Where the k-th cut of run r goes: one letter earlier or later when the document writes
  // neither of the pieces it makes but writes both pieces that the shifted cut makes. The
  // letters at a seam often read both ways (ابنك|روسيا or ابن|كروسيا, هما|للاجئون or
  // هم|اللاجئون, بدأت|كريم or بدأ|تكريم); the words of the article tell which.
  uint32_t moved_to_written_words(const GluedRun& r, uint8_t k) const {
    Bounds b = bounds_of(r);  // b[k + 1] is the cut
    const uint32_t from = r.start + b[k], at = r.start + b[k + 1], to = r.start + b[k + 2];
    if (words_.contains(letters(from, at)) || words_.contains(letters(at, to))) return b[k + 1];
    for (uint32_t moved : shifted_cuts(from, at, to))
      if (moved && words_.contains(letters(from, moved)) && words_.contains(letters(moved, to))) return moved - r.start;
    return b[k + 1];
  }

  // The cut at `at` between `from` and `to` moved one letter back (before the letter before
  // it) and one letter on (after the letter at it and its marks); 0 where a piece would be
  // shorter than two letters.
  std::array<uint32_t, 2> shifted_cuts(uint32_t from, uint32_t at, uint32_t to) const {
    uint32_t back = at - 1;
    while (back > from && !is_letter(t_[back])) --back;
    uint32_t on = at + 1;
    while (on < to && !is_letter(t_[on])) ++on;
    std::array<uint32_t, 2> cuts{back, on};
    for (uint32_t& c : cuts)
      if (letter_count(letters(from, c)) < 2 || letter_count(letters(c, to)) < 2) c = 0;
    return cuts;
  }

  // The k-th cut of run r has a piece of kShortPiece letters or fewer on one side, and the
  // document writes neither of its two pieces anywhere as a word.
  bool leaves_unseen_short_piece(const GluedRun& r, uint8_t k) const {
    if (text_words_ < kMinWordsForAbsence) return false;
    Bounds b = bounds_of(r);  // b[k + 1] is the cut
    std::u32string_view left = letters(r.start + b[k], r.start + b[k + 1]);
    std::u32string_view right = letters(r.start + b[k + 1], r.start + b[k + 2]);
    if (std::min(letter_count(left), letter_count(right)) > kShortPiece) return false;
    return !words_.contains(left) && !words_.contains(right);
  }

  // Which pieces of the doubtful cuts the text writes as words (words_), and how many words
  // it has. Only the pieces are hashed, not every word of the text: a word is looked up only
  // when a piece has its length and its first letter (a bit of it).
  void index_piece_words(const std::vector<GluedRun>& runs) {
    Words pieces;
    std::array<uint64_t, 256> first_letters{};  // by length: bit (first letter mod 64)
    auto want = [&](uint32_t s, uint32_t e) {
      if (e - s >= 256) return;
      pieces.insert(letters(s, e));
      first_letters[e - s] |= uint64_t{1} << (t_[s] & 63);
    };
    for (const GluedRun& r : runs) {
      if (r.points.margin >= kMinRepeatedGlueMargin) continue;
      Bounds b = bounds_of(r);
      for (size_t k = 0; k + 2 < b.size(); ++k) {
        const uint32_t from = r.start + b[k], at = r.start + b[k + 1], to = r.start + b[k + 2];
        want(from, at);
        want(at, to);
        for (uint32_t moved : shifted_cuts(from, at, to))
          if (moved) want(from, moved), want(moved, to);
      }
    }
    for (uint32_t i = 0; i < t_.size();) {
      uint32_t end = i;
      while (end < t_.size() && chars::is_arabic_word_char(t_[end])) ++end;
      if (end > i) {
        ++text_words_;
        if (end - i < 256 && (first_letters[end - i] >> (t_[i] & 63) & 1) && pieces.contains(letters(i, end)))
          words_.insert(letters(i, end));
      }
      i = end + 1;
    }
  }

  // The document writes each piece of run r elsewhere as a word of its own: the run recurs
  // because the same words lost the same space again (الشيخيوسف ×6 in an article that
  // writes الشيخ and يوسف apart twenty times), not because it is a name (ساوثهامبتون ×6,
  // never ساوث or هامبتون alone).
  bool written_apart(const GluedRun& r) const {
    Bounds b = bounds_of(r);
    for (size_t k = 0; k + 1 < b.size(); ++k)
      if (!words_.contains(letters(r.start + b[k], r.start + b[k + 1]))) return false;
    return true;
  }

  // The cut leaves a lone و at the end of the run (ألفتو حسنت): the splitter proposes it
  // after a common word, but most such runs are words (موجهو، كثيرو، يعدو، نهرو).
  bool is_lone_waw(const GluedRun& r, uint32_t at) const {
    if (t_[r.start + at] != U'و') return false;
    for (uint32_t i = r.start + at + 1; i < r.end; ++i)
      if (is_letter(t_[i])) return false;
    return true;
  }

  // The و at the end of run r is the conjunction: it leans on a number or a quotation that
  // follows it with no space (و900، و"حزب), or the document writes it apart elsewhere
  // (و ألفت و حسنت) — a writer who separates و from its word shows it.
  bool waw_stands_alone(const GluedRun& r) {
    if (r.end < t_.size() && (chars::is_digit(t_[r.end]) || chars::opens_quote_or_aside(t_[r.end])))
      return true;
    if (lone_waws_ < 0) {
      lone_waws_ = 0;
      for (uint32_t i = 0; i + 1 < t_.size(); ++i)
        if (t_[i] == U'و' && (i == 0 || chars::is_space(t_[i - 1])) && chars::is_space(t_[i + 1])) ++lone_waws_;
    }
    return lone_waws_ > 0;
  }

  // The cut at `at` (an index into run r) would divide a word that the document writes
  // elsewhere: one the lexicon does not know, kept whole there, that starts or ends at an end
  // or another cut of r (فيها|رتباك when ارتباك stands alone elsewhere; but قروضا written
  // elsewhere says nothing of القروض|التي); or a run itself doubtfully cut that r's other
  // cuts leave standing as a word (ستيوارت|في|فيرس when فيفيرس is written elsewhere; but
  // ب|ريف|حلب is no sign of a name).
  bool inside_unknown_word(const GluedRun& r, uint32_t at) const {
    const uint32_t n = r.end - r.start;
    for (uint32_t b : bounds_of(r)) {
      if (b < at) {  // words from b, over the cut
        for (uint32_t e = at + 1; e <= n; ++e) {
          if (e - b >= n) break;
          std::u32string_view w = letters(r.start + b, r.start + e);
          if (unknown_.contains(w) || (is_bound(r, e) && doubtful_.contains(w))) return true;
        }
      } else if (b > at) {  // words up to b, over the cut
        for (uint32_t s = 0; s < at; ++s) {
          if (b - s >= n) continue;
          if (unknown_.contains(letters(r.start + s, r.start + b))) return true;
        }
      }
    }
    return false;
  }

  static std::u32string_view trim(std::u32string_view s) {
    while (!s.empty() && chars::is_space(s.back())) s.remove_suffix(1);
    while (!s.empty() && chars::is_space(s.front())) s.remove_prefix(1);
    return s;
  }

  uint32_t word_before(uint32_t i) const {
    uint32_t s = i;
    while (s > 0 && t_[s - 1] == U' ') --s;
    return word_at(s > 0 ? s - 1 : 0).start;
  }

  // انقساماتها.التي, سوريا،تركيا, السياسي.3 ملفات, فصائلها .وسرعة — but not 3.5, أ.ف.ب
  bool is_missing_space_after(uint32_t i) const {
    char32_t c = t_[i];
    bool sentence_end = chars::is_sentence_end(c) || c == U'؟';
    bool separator = c == U'،' || c == U'؛' || c == U',' || c == U';' || c == U':';
    if (!(sentence_end || separator) || i == 0 || i + 1 >= t_.size()) return false;
    char32_t next = t_[i + 1];
    if (!(is_letter(next) || (sentence_end && chars::is_digit(next)))) return false;
    uint32_t before = i - 1;
    if (t_[before] == U' ' && sentence_end && before > 0) --before;  // "فصائلها .وسرعة"
    if (!is_letter(t_[before])) return false;
    // Initials and abbreviations: a single letter before or after the mark (أ.ف.ب، د.ب.أ).
    Span prev = word_at(before), following = word_at(i + 1);
    if (prev.size() == 1 || following.size() == 1) return false;
    return true;
  }

  // Sentences and headings start with a conjunction more often than not: وينتظر، ويرى، ووفقا.
  static bool starts_sentence(char32_t c) { return c == U'و' || c == U'ف'; }

  // The words before the run at `i` are a heading: a few words with no punctuation, glued to
  // the end of the previous sentence (حاجي.خلف الأبواب المغلقة) or opening a line.
  bool is_glued_heading(uint32_t i) const {
    size_t words = 1;
    for (uint32_t j = i; j-- > 0;) {
      char32_t c = t_[j];
      if (c == U' ') {
        if (++words > kMaxHeadingWords) return false;
        continue;
      }
      if (chars::is_line_break(c)) return !starts_sentence(t_[j + 1]);
      if (chars::is_sentence_end(c)) return j + 1 < t_.size() && t_[j + 1] != U' ';
      if (!chars::is_arabic_word_char(c) && !chars::is_digit(c)) return false;
    }
    return !starts_sentence(t_[0]);
  }

  using Words = std::unordered_set<std::u32string_view, U32Hash, std::equal_to<>>;
  std::u32string_view t_;
  std::vector<Span> looked_up_;      // every run given to the glue finder
  std::vector<Span> unknown_words_;  // runs kept whole that the lexicon does not know
  std::unordered_map<std::u32string_view, int, U32Hash, std::equal_to<>> times_written_;  // doubtful runs
  Words unknown_, doubtful_;  // letters of unknown_words_, of the doubtfully cut runs
  Words cut_words_;           // the words the cut runs stand for, each run's whole left out
  Words words_;               // pieces of doubtful cuts that the text writes as words
  size_t text_words_ = 0;     // how many words the text has (counted with words_)
  int lone_waws_ = -1;        // و written as a word of its own; counted when first asked
};

Repaired apply(std::u32string_view original, std::vector<Edit> edits) {
  std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.pos < b.pos; });
  // Nothing is repaired inside a dropped line.
  uint32_t covered = 0;
  std::erase_if(edits, [&](const Edit& e) {
    if (e.pos < covered) return true;
    covered = std::max(covered, e.pos + e.removed);
    return false;
  });
  Repaired r;
  r.text.reserve(original.size() + edits.size());
  uint32_t at = 0;
  for (const Edit& e : edits) {
    r.map.copy(e.pos - at);
    r.text.append(original.substr(at, e.pos - at));
    if (e.removed && !e.inserted.empty()) {
      r.map.replace(e.removed, static_cast<uint32_t>(e.inserted.size()));
    } else if (e.removed) {
      r.map.drop(e.removed);
    } else {
      r.map.insert(static_cast<uint32_t>(e.inserted.size()));
    }
    r.text.append(e.inserted);
    at = e.pos + e.removed;
  }
  r.map.copy(static_cast<uint32_t>(original.size()) - at);
  r.text.append(original.substr(at));

  // One record per repaired context: the glued word with all its split points.
  for (size_t i = 0; i < edits.size();) {
    size_t j = i;
    while (j < edits.size() && edits[j].context == edits[i].context && edits[j].kind == edits[i].kind) ++j;
    Repair rep{edits[i].context, edits[i].kind,
               std::u32string(original.substr(edits[i].context.start, edits[i].context.size())), {}};
    uint32_t pos = edits[i].context.start;
    for (size_t k = i; k < j; ++k) {
      rep.after.append(original.substr(pos, edits[k].pos - pos));
      rep.after.append(edits[k].inserted);
      pos = edits[k].pos + edits[k].removed;
    }
    rep.after.append(original.substr(pos, edits[i].context.end - pos));
    r.repairs.push_back(std::move(rep));
    i = j;
  }
  return r;
}

}  // namespace

Repaired repair(std::u32string_view original, GlueFinder& glue) {
  EditCollector collector(original);
  collector.duplicated_lines();
  collector.characters();
  collector.glued_words(glue);
  return apply(original, std::move(collector.edits));
}

}  // namespace marsad

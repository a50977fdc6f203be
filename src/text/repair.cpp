#include "text/repair.h"

#include <algorithm>
#include <unordered_map>

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

bool is_letter(char32_t c) { return chars::is_arabic_letter(c); }
bool is_tanwin(char32_t c) { return c == U'\u064B' || c == U'\u064C' || c == U'\u064D'; }
bool is_word_char(char32_t c) { return chars::is_arabic_word_char(c) || chars::is_digit(c) || chars::is_latin_letter(c); }

class EditCollector {
 public:
  explicit EditCollector(std::u32string_view text) : t_(text) {}

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
      // the alef that carries it or follows it; each part is looked at on its own.
      uint32_t part = i;
      for (uint32_t j = i; j < end; ++j) {
        if (!is_tanwin(t_[j])) continue;
        uint32_t after = j + 1;
        while (after < end && (t_[after] == U'ا' || chars::is_diacritic(t_[after]))) ++after;
        if (after >= end || !is_letter(t_[after])) continue;
        find_glue(glue, part, after, runs);
        edits.push_back({after, 0, U" ", RepairKind::kMergedWords, {i, end}});
        part = after;
      }
      find_glue(glue, part, end, runs);
      for (uint32_t k = first_run; k < runs.size(); ++k) runs[k].context = {i, end};
      i = end;
    }
    // A name is written the same way again and again (ساوثهامبتون، مورينهو), a lost space
    // seldom twice between the same two words: a doubtful cut of a run the document repeats
    // is not made.
    std::unordered_map<std::u32string_view, int> doubtful;
    for (const GluedRun& r : runs)
      if (r.points.margin < kMinRepeatedGlueMargin) ++doubtful[t_.substr(r.start, r.end - r.start)];
    for (const GluedRun& r : runs) {
      if (r.points.margin < kMinRepeatedGlueMargin && doubtful[t_.substr(r.start, r.end - r.start)] > 1) continue;
      for (uint8_t k = 0; k < r.points.count; ++k) {
        uint32_t p = r.points.at[k];
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

  void find_glue(GlueFinder& glue, uint32_t start, uint32_t end, std::vector<GluedRun>& runs) const {
    if (end - start < kMinSplittable) return;
    GluePoints points = glue.find(start, t_.substr(start, end - start));
    if (points.count) runs.push_back({start, end, points, {start, end}});
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

  std::u32string_view t_;
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

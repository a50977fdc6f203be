#include "text/glued_words.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_set>

#include "core/data_dir.h"
#include "core/hash.h"
#include "core/tsv.h"
#include "core/utf8.h"
#include "text/normalize.h"

namespace marsad {
namespace {

constexpr size_t kMinGlued = 4;  // في+كل; shorter runs are words or typos
constexpr size_t kMinPiece = 2;
constexpr float kImpossible = -std::numeric_limits<float>::infinity();
// word_logp's floors that ask hunspell nothing: kNeverAsk scores a piece as if hunspell did
// not know it, kOptimistic as if it did (an upper bound).
constexpr float kNeverAsk = std::numeric_limits<float>::infinity();
constexpr float kOptimistic = std::numeric_limits<float>::max();

// The word model, in natural logs. Counts are per 10M tokens of each of three sources,
// summed (scripts/build_lexicon.py): a word's probability is its count over 3·10^7. The
// constants were set on synthetic glue (scripts/glue_eval.py) of the committed sample and of
// SaudiNewsNet (measured only, never committed), and checked on other SaudiNewsNet samples.
const float kLogTotal = std::log(3e7f);
// A space lost between two words: the prior of a seam, paid once per cut.
constexpr float kSeam = -7.0f;
// Any word the counts never saw, before its letters are weighed by the LetterModel. Most
// such words hunspell knows (the counts miss ارتباك، موعظة); one it does not know either is
// a name or a foreign word, and rarer than a space lost between two known words.
constexpr float kUnknown = -5.0f;
// hunspell knows the unseen word: it is likelier a word than its letters alone say.
constexpr float kSpelled = 4.5f;
// ... and more so when it knows the whole run (انعدم، المتربصون، منتسبي): two words glued
// seldom make a form its affix rules accept, while a piece of a cut run often is one by chance.
constexpr float kSpelledWhole = 2.0f;
// Each clitic of a word the counts know only without it (ف+يعدم، ب+جدة). Dearer than the
// clitics' own frequency would say: the counts know the stem, not how often it takes the
// clitic, and a cut or a whole run read through a clitic (بالأح|والالجوية) is rarer than
// that reading makes it. (Set on synthetic glue of SaudiNewsNet samples, measured only:
// at -6.5 rather than -4, fewer false splits and no recall lost.)
constexpr float kClitic = -6.5f;
// An unseen word grows rarer with its length faster than its letters say: the letter model
// sees three letters back, so two words glued (الأميرمشاري، ارتفعالمؤشر) read as one long
// word of likely letters. Each letter of an unknown word beyond kLongWord costs this much.
constexpr size_t kLongWord = 8;
constexpr float kPerLongLetter = -0.3f;
float long_word_price(size_t letters) { return letters > kLongWord ? kPerLongLetter * float(letters - kLongWord) : 0.0f; }
// Unknown pieces shorter than this are not words (a name of two letters is rarer than glue).
constexpr size_t kMinUnknownPiece = 3;
// The space after a word of leading_words.tsv (في، من، أن) is lost more often than its
// frequency says: a word always follows it.
constexpr float kAfterLeading = 2.5f;
// A piece starting with أ إ آ, or with a proclitic letter and then one of them (بأي، لأن،
// وإن): a hamza on alef is written mostly at the start of a word or of its stem.
constexpr float kBeforeHamza = 2.5f;

using KeySet = std::unordered_set<std::u32string, U32Hash, std::equal_to<>>;

const KeySet& leading_words() {
  static const KeySet words = [] {
    KeySet set;
    for_each_tsv_row(data_path("lexicon/leading_words.tsv"), 1,
                     [&](const std::vector<std::string_view>& f) { set.insert(key(utf8::decode(f[0]))); });
    return set;
  }();
  return words;
}

bool is_word_final_only(char32_t c) { return c == U'ة' || c == U'ى'; }
bool is_hamza_alef(char32_t c) { return c == U'أ' || c == U'إ' || c == U'آ'; }
// إ is written at the start of a word, or of its stem after proclitics (لإيران، وبإمكان،
// والإمارات), nowhere else: يقولإنني is يقول + إنني, not يقولان + ني. `proclitic_letters`: the
// letters proclitics begin with (clitics.tsv: و ف ب ك ل س and the ا of ال).
bool hamza_below_inside(std::u32string_view skeleton, std::u32string_view proclitic_letters) {
  for (size_t i = 1; i < skeleton.size(); ++i) {
    if (skeleton[i] != U'إ') continue;
    if (i > 4) return true;
    for (size_t j = 0; j < i; ++j)
      if (proclitic_letters.find(skeleton[j]) == std::u32string_view::npos) return true;
  }
  return false;
}

// A piece whose word or stem starts with a hamza on alef: أي; بأي after a one-letter
// proclitic; الأحمدي، والإنقاذ، للأمم after the article. The article counts as much as any
// proclitic: otherwise هيالآن would read هيا + لآن (the bonus) rather than هي + الآن, and
// every X + الأ… would lose to Xا + لأ….
bool starts_with_hamza(std::u32string_view piece, std::u32string_view letter_proclitics) {
  auto hamza_at = [&](size_t i) { return i < piece.size() && is_hamza_alef(piece[i]); };
  if (hamza_at(0)) return true;
  size_t i = 0;  // after a one-letter proclitic
  if (piece.size() > 1 && letter_proclitics.find(piece[0]) != std::u32string_view::npos) {
    if (hamza_at(1)) return true;
    i = 1;
  }
  if (piece.substr(i, 2) == U"ال" && hamza_at(i + 2)) return true;
  // ل + ال is written لل: للأمم
  return i == 1 && piece[0] == U'ل' && piece.size() > 1 && piece[1] == U'ل' && hamza_at(2);
}

// The conjunction written apart (ألفت و حسنت) and glued to the word before it: ألفتو حسنت.
// Only after a common word, since names and a few words end in و (نحو، عضو، ماريو).
constexpr uint32_t kMinCountBeforeLoneWaw = 1000;

}  // namespace

float GlueSplitter::word_logp(std::u32string_view skeleton, std::u32string_view key, size_t start, size_t end,
                              const std::vector<float>& inner, bool whole, float floor) const {
  std::u32string_view sk = skeleton.substr(start, end - start), k = key.substr(start, end - start);
  if (!whole) {
    // The article needs a stem: الم، الأ are not words (ألم and إلا are written with hamza).
    if (sk.size() == 3 && sk[0] == U'ا' && sk[1] == U'ل') return kImpossible;
    // An ending is not a word of its own (الزبداني is not الزبد + اني); أن with its hamza is.
    if (start > 0 && !is_hamza_alef(sk[0]) && lexicon_.is_bare_suffix(k)) return kImpossible;
    // إ and آ begin a word or a stem, never end one: هي|إلا, not هيإ|لا.
    if (sk.back() == U'إ' || sk.back() == U'آ') return kImpossible;
    // ؤ and ئ carry a hamza after a vowel: never a word's first letter (ر|ئيس is not a cut).
    if (sk[0] == U'ؤ' || sk[0] == U'ئ') return kImpossible;
  }
  if (hamza_below_inside(sk, clitic_starts_)) return kImpossible;
  uint32_t c = lexicon_.count(k);
  if (c > 0) return std::log(static_cast<float>(c)) - kLogTotal;
  float best = kImpossible;
  const bool may_have_clitics =
      clitic_starts_.find(sk.front()) != std::u32string::npos || clitic_ends_.find(sk.back()) != std::u32string::npos;
  // Only a stem the counts know serves here, so the segmenter need not ask hunspell.
  Segmentation seg = may_have_clitics ? segmenter_.segment(sk, k, /*ask_hunspell=*/false) : Segmentation{};
  if (may_have_clitics && seg.stem_length < k.size()) {
    std::u32string_view stem = k.substr(seg.stem_start, seg.stem_length);
    uint32_t sc = lexicon_.count(stem);
    if (sc > 0 && !article_before_proclitic(seg, sk.substr(seg.stem_start, seg.stem_length), stem))
      best = std::log(static_cast<float>(sc)) - kLogTotal + kClitic * (seg.proclitic_count + seg.enclitic_count);
  }
  if (k.size() < kMinUnknownPiece) return best;
  // The letters as an unseen word: the first three letters and the end are predicted from
  // the piece's own start; the rest as in the run.
  const size_t head = std::min(k.size(), size_t{LetterModel::kOrder - 1});
  float shape = 0;
  for (size_t i = 0; i < head; ++i) shape += letters_.log_next(k.substr(0, i), k[i]);
  shape += inner[end] - inner[start + head];
  shape += letters_.log_next(k, 0);
  float unknown = kUnknown + shape + long_word_price(k.size());
  const float spelled = kSpelled + (whole ? kSpelledWhole : 0.0f);
  if (sk.size() >= 4 && (floor == kOptimistic || (std::max(best, unknown + spelled) > floor && lexicon_.spelled(sk))))
    unknown += spelled;
  return std::max(best, unknown);
}

bool GlueSplitter::article_before_proclitic(const Segmentation& seg, std::u32string_view stem_skeleton,
                                            std::u32string_view stem) const {
  if (seg.proclitic_count == 0 || stem.size() < 3) return false;
  const Clitic& last = lexicon_.clitics()[seg.proclitics[seg.proclitic_count - 1]];
  if (last.form.empty() || last.form.back() != U'ل' || last.form.front() != U'ا' ||
      letter_proclitics_.find(stem[0]) == std::u32string::npos)
    return false;
  // The segmenter reads the stem itself as a proclitic and a word.
  return segmenter_.segment(stem_skeleton, stem, /*ask_hunspell=*/false).proclitic_count > 0;
}

GluePoints GlueSplitter::split(std::u32string_view skeleton, std::u32string_view key) const {
  GluePoints points;
  if (skeleton.size() > 255) return points;
  // ة and ى end a word wherever they stand: المغلقةوينتظر، كبرىفضائية.
  uint32_t start = 0;
  for (uint32_t i = kMinPiece - 1; i + kMinPiece < skeleton.size(); ++i) {
    if (is_word_final_only(skeleton[i]) && i + 1 - start >= kMinPiece) {
      points.add(i + 1);
      start = i + 1;
    }
  }
  if (points.count) {
    // Each piece may itself be glued: ذلكإلى|الأمن is ذلك|إلى|الأمن, and the damage that
    // glues three words together leaves the ة or ى anywhere among them.
    GluePoints pieces = points;
    points = GluePoints{};
    points.margin = std::numeric_limits<float>::infinity();
    for (uint8_t i = 0; i <= pieces.count; ++i) {
      const uint32_t from = i == 0 ? 0 : pieces.at[i - 1];
      const uint32_t to = i == pieces.count ? static_cast<uint32_t>(skeleton.size()) : pieces.at[i];
      if (i > 0) points.add(from);
      GluePoints inner;
      split_run(skeleton.substr(from, to - from), key.substr(from, to - from), inner);
      for (uint8_t k = 0; k < inner.count; ++k) points.add(from + inner.at[k]);
    }
    return points;
  }

  split_run(skeleton, key, points);
  return points;
}

void GlueSplitter::split_run(std::u32string_view skeleton, std::u32string_view key, GluePoints& points) const {
  if (skeleton.size() < kMinGlued || lexicon_.count(key) > 0) return;
  const uint32_t n = static_cast<uint32_t>(key.size());
  // inner[i]: the letter model's log-probability of the run's first i letters, each letter
  // given the (up to) three before it.
  std::vector<float> inner(n + 1, 0.0f);
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t from = i >= LetterModel::kOrder - 1 ? i - (LetterModel::kOrder - 1) : 0;
    inner[i + 1] = inner[i] + letters_.log_next(key.substr(from, i - from), key[i]);
  }
  // First without hunspell: every unknown piece as if hunspell knew it, every seam with the
  // bonus of a leading word. When even that reading cannot beat the run read as one word (and
  // hunspell not asked about it), no answer of hunspell can: most unknown words of a text
  // (names, foreign words) end here, and hunspell is the costly part of the splitter (half
  // the instructions of the pipeline on unseen news before this test).
  const float whole_unspelled = word_logp(skeleton, key, 0, n, inner, true, kNeverAsk);
  std::vector<float> upper(n + 1, kImpossible);
  upper[0] = 0;
  for (uint32_t end = kMinPiece; end <= n; ++end)
    for (uint32_t start = 0; start + kMinPiece <= end; ++start) {
      if (upper[start] == kImpossible || (start == 0 && end == n)) continue;
      float total = upper[start];
      if (start > 0)
        total += kSeam + kAfterLeading + (starts_with_hamza(skeleton.substr(start), letter_proclitics_) ? kBeforeHamza : 0.0f);
      float s = word_logp(skeleton, key, start, end, inner, false, kOptimistic);
      if (s != kImpossible) upper[end] = std::max(upper[end], total + s);
    }
  if (upper[n] <= whole_unspelled) {
    // Kept whole; the margin is negative as below (its size matters to no caller).
    points.margin = std::min(upper[n] - whole_unspelled, -std::numeric_limits<float>::min());
    const uint32_t last = n - 1;
    if (skeleton[last] == U'و' && lexicon_.count(key.substr(0, last)) >= kMinCountBeforeLoneWaw) points.add(last);
    return;
  }
  const float whole = word_logp(skeleton, key, 0, n, inner, true, kImpossible);

  // best[i]: the most probable cut of the first i letters into words, seams paid.
  struct Cut {
    float logp = kImpossible;
    uint32_t from = 0;  // where its last piece starts
  };
  std::vector<Cut> best(n + 1);
  best[0].logp = 0;
  // seam[i]: the price of a lost space at i, known once best[i] is (its last piece decides).
  std::vector<float> seam(n + 1, 0.0f);
  for (uint32_t end = kMinPiece; end <= n; ++end) {
    for (uint32_t start = 0; start + kMinPiece <= end; ++start) {
      if (best[start].logp == kImpossible || (start == 0 && end == n)) continue;
      float total = best[start].logp + seam[start];
      // The piece matters only if it lifts this cut above the best one found for `end`.
      float s = word_logp(skeleton, key, start, end, inner, false, best[end].logp - total);
      if (s == kImpossible) continue;
      total += s;
      if (total > best[end].logp) best[end] = {total, start};
    }
    if (end < n && best[end].logp != kImpossible) {
      seam[end] = kSeam;
      if (leading_words().contains(key.substr(best[end].from, end - best[end].from))) seam[end] += kAfterLeading;
      if (starts_with_hamza(skeleton.substr(end), letter_proclitics_)) seam[end] += kBeforeHamza;
    }
  }
  if (best[n].logp > whole) {
    uint32_t at[32];
    int k = 0;
    for (uint32_t end = n; best[end].from > 0 && k < 32; end = best[end].from) at[k++] = best[end].from;
    while (k > 0) points.add(at[--k]);
    // The length price is not evidence of glue: a long run's cut stays as doubtful as before,
    // so the document can still keep a name it writes again (الأمفيتامين ×4) whole.
    points.margin = best[n].logp - whole + long_word_price(n);
    return;
  }
  points.margin = best[n].logp - whole;  // how far the run is from a cut (callers' diagnostics)
  const uint32_t last = n - 1;
  if (skeleton[last] == U'و' && lexicon_.count(key.substr(0, last)) >= kMinCountBeforeLoneWaw) points.add(last);
}

}  // namespace marsad

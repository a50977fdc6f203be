#include "text/clitics.h"

#include <cmath>

#include "text/lexicon.h"

namespace marsad {
namespace {

constexpr size_t kMaxWord = 200;
constexpr size_t kMinStem = 2;
// A stem the counts never saw but hunspell accepts counts as half an occurrence.
constexpr float kSpelledCount = 0.5f;
const float kSpelledScore = std::log1p(kSpelledCount);
// A function word with clitics is always segmented: عليه = على + ه, ولكن = و + لكن, لها = ل + ها.
constexpr float kParticleStem = 20.0f;  // above any word's log count
// Each proclitic after the first must earn its place: و+ل+آية is not ولاية.
constexpr float kExtraProcliticPenalty = 2.0f;
// After the article, an unknown stem of three letters or more is still a stem: البوغدانوف.
constexpr size_t kMinUnknownStemAfterArticle = 3;
// A word the counts know well is split only if what is left after a clitic is common too:
// a clitic form is rarer than its stem, so بيان (2,627) is not ب + يان (317) and ولاية is
// not و + لاية (18), while وقال (22,534) is و + قال (15,192). The article is exempt: الحكومة
// is more frequent than حكومة.
constexpr uint32_t kMinAttestedWhole = 20;
constexpr float kMinPeeledShare = 0.2f;

struct Reading {
  Segmentation seg;
  float score = 0;
};

bool starts_with(std::u32string_view s, std::u32string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool ends_with(std::u32string_view s, std::u32string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

Segmentation CliticSegmenter::segment(std::u32string_view skeleton, std::u32string_view key, bool ask_hunspell) const {
  Segmentation whole;
  whole.stem_length = static_cast<uint8_t>(std::min(key.size(), size_t{255}));
  if (key.size() > kMaxWord || key.size() < kMinStem || lexicon_.is_particle(key)) return whole;

  const auto& clitics = lexicon_.clitics();
  const bool whole_is_name = lexicon_.is_name(key);
  const uint32_t whole_count = lexicon_.count(key);
  // Whether a form left after peeling clitics off the word is common enough to be one.
  auto common_enough = [&](uint32_t peeled_count) {
    return whole_count < kMinAttestedWhole || peeled_count >= kMinPeeledShare * whole_count;
  };
  // How plausible a stem is: its log count, or a little for a word only hunspell knows.
  // `may_ask`: whether hunspell's verdict could still change the answer (see try_enclitics).
  auto stem_score = [&](size_t start, size_t end, bool has_enclitic, bool article, bool may_ask) -> float {
    std::u32string_view stem = key.substr(start, end - start);
    // A one-letter preposition is a stem only with a pronoun after it (لها، به), not لك=ل+ك;
    // only prepositions and the like take pronouns (لأي is ل+أي, not لا+ي).
    if (lexicon_.is_particle(stem)) {
      if (has_enclitic) return lexicon_.takes_pronoun(stem) ? kParticleStem : -1.0f;
      return stem.size() > 1 ? kParticleStem : -1.0f;
    }
    // A name of the gazetteer is one word (بيدرسون، كيري، سيرجي) unless what is left is a
    // name too (و+لافروف) or the clitic is the article (ال+عراق).
    if (whole_is_name && !article && !lexicon_.is_name(stem)) return -1;
    if (stem.size() < kMinStem) return -1;
    uint32_t c = lexicon_.count(stem);
    // حكومته: the ة of حكومة is written ت before a suffix.
    if (has_enclitic && skeleton[end - 1] == U'ت') {
      std::u32string restored(stem);
      restored.back() = U'ه';
      c = std::max(c, lexicon_.count(restored));
    }
    // After the article, the counts of the definite form speak for the stem: للنصرة is ل + النصرة,
    // and names are listed with their article (النصرة), not without it.
    if (article && c == 0) c = lexicon_.count(std::u32string(U"ال") + std::u32string(stem));
    if (!article && !common_enough(c)) return -1;
    if (c > 0) return std::log1p(static_cast<float>(c));
    if (ask_hunspell && may_ask && lexicon_.spelled(skeleton.substr(start, end - start))) return kSpelledScore;
    return article && stem.size() >= kMinUnknownStemAfterArticle ? 0.0f : -1.0f;
  };

  const bool whole_known = whole_count > 0;
  Reading best{whole, whole_known ? std::log1p(static_cast<float>(whole_count))
                                  : (ask_hunspell && lexicon_.spelled(skeleton) ? kSpelledScore : 0.0f)};

  // Proclitic sequences: depth-first over the inventory in slot order.
  Segmentation seg;
  auto try_enclitics = [&](size_t stem_start, float bonus, bool article) {
    for (size_t e = 0; e <= clitics.size(); ++e) {
      const bool has_enclitic = e < clitics.size();
      if (has_enclitic && (clitics[e].proclitic || article || !ends_with(skeleton, clitics[e].form))) continue;
      if (!has_enclitic && seg.proclitic_count == 0) continue;  // that is the whole word
      size_t stem_end = key.size() - (has_enclitic ? clitics[e].form.size() : 0);
      if (stem_end <= stem_start) continue;
      const float clitic_bonus = has_enclitic ? clitics[e].bonus : 0.0f;
      // hunspell is asked only when its "yes" could beat the best reading so far: a stem no
      // count knows scores at most kSpelledScore, so most candidates of a new word are
      // settled without a call (same answer, a fraction of the time).
      const bool may_ask = kSpelledScore + bonus + clitic_bonus > best.score;
      float s = stem_score(stem_start, stem_end, has_enclitic, article, may_ask);
      if (s < 0) continue;
      float total = s + bonus + clitic_bonus;
      if (total > best.score) {
        best.seg = seg;
        best.seg.enclitic_count = has_enclitic;
        best.seg.enclitic = has_enclitic ? static_cast<uint8_t>(e) : 0;
        best.seg.stem_start = static_cast<uint8_t>(stem_start);
        best.seg.stem_length = static_cast<uint8_t>(stem_end - stem_start);
        best.score = total;
      }
    }
  };
  auto extend = [&](auto&& self, size_t pos, int last_slot, float bonus, bool article) -> void {
    try_enclitics(pos, bonus, article);
    if (seg.proclitic_count == 3) return;
    for (size_t p = 0; p < clitics.size(); ++p) {
      const Clitic& c = clitics[p];
      if (!c.proclitic || c.slot <= last_slot || !starts_with(skeleton.substr(pos), c.form)) continue;
      size_t next = pos + c.form.size();
      if (!c.stem_starts.empty() && (next >= skeleton.size() || c.stem_starts.find(skeleton[next]) == std::u32string::npos))
        continue;
      // و+ل+اية: the word after its first proclitic (لاية) must be common enough too.
      if (seg.proclitic_count == 1 && !article && !c.no_enclitic && !common_enough(lexicon_.count(key.substr(pos))))
        continue;
      float extra = seg.proclitic_count > 0 && !c.no_enclitic ? kExtraProcliticPenalty : 0.0f;
      seg.proclitics[seg.proclitic_count++] = static_cast<uint8_t>(p);
      self(self, next, c.slot, bonus + c.bonus - extra, article || c.no_enclitic);
      --seg.proclitic_count;
    }
  };
  extend(extend, 0, 0, 0.0f, false);
  return best.seg;
}

}  // namespace marsad

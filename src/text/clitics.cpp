#include "text/clitics.h"

#include <cmath>

#include "text/lexicon.h"

namespace marsad {
namespace {

constexpr size_t kMaxWord = 200;
constexpr size_t kMinStem = 2;
// A stem the counts never saw but hunspell accepts counts as half an occurrence.
constexpr float kSpelledCount = 0.5f;
// A function word with clitics is always segmented: عليه = على + ه, ولكن = و + لكن, لها = ل + ها.
constexpr float kParticleStem = 100.0f;
// Each proclitic after the first must earn its place: و+ل+آية is not ولاية.
constexpr float kExtraProcliticPenalty = 3.0f;
// After the article, an unknown stem of three letters or more is still a stem: البوغدانوف.
constexpr size_t kMinUnknownStemAfterArticle = 3;

struct Reading {
  Segmentation seg;
  float score = 0;
};

bool starts_with(std::u32string_view s, std::u32string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool ends_with(std::u32string_view s, std::u32string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

Segmentation CliticSegmenter::segment(std::u32string_view skeleton, std::u32string_view key) const {
  Segmentation whole;
  whole.stem_length = static_cast<uint8_t>(std::min(key.size(), size_t{255}));
  if (key.size() > kMaxWord || key.size() < kMinStem || lexicon_.is_particle(key)) return whole;

  const auto& clitics = lexicon_.clitics();
  // How plausible a stem is: its log count, or a little for a word only hunspell knows.
  auto stem_score = [&](size_t start, size_t end, bool has_enclitic, bool article) -> float {
    std::u32string_view stem = key.substr(start, end - start);
    if (lexicon_.is_particle(stem)) return kParticleStem;
    if (stem.size() < kMinStem) return -1;
    uint32_t c = lexicon_.count(stem);
    // حكومته: the ة of حكومة is written ت before a suffix.
    if (has_enclitic && skeleton[end - 1] == U'ت') {
      std::u32string restored(stem);
      restored.back() = U'ه';
      c = std::max(c, lexicon_.count(restored));
    }
    if (c > 0) return std::log1p(static_cast<float>(c));
    if (lexicon_.spelled(skeleton.substr(start, end - start))) return std::log1p(kSpelledCount);
    return article && stem.size() >= kMinUnknownStemAfterArticle ? 0.0f : -1.0f;
  };

  const bool whole_known = lexicon_.count(key) > 0;
  Reading best{whole, whole_known ? std::log1p(static_cast<float>(lexicon_.count(key)))
                                  : (lexicon_.spelled(skeleton) ? std::log1p(kSpelledCount) : 0.0f)};

  // Proclitic sequences: depth-first over the inventory in slot order.
  Segmentation seg;
  auto try_enclitics = [&](size_t stem_start, float bonus, bool article) {
    for (size_t e = 0; e <= clitics.size(); ++e) {
      const bool has_enclitic = e < clitics.size();
      if (has_enclitic && (clitics[e].proclitic || article || !ends_with(skeleton, clitics[e].form))) continue;
      if (!has_enclitic && seg.proclitic_count == 0) continue;  // that is the whole word
      size_t stem_end = key.size() - (has_enclitic ? clitics[e].form.size() : 0);
      if (stem_end <= stem_start) continue;
      float s = stem_score(stem_start, stem_end, has_enclitic, article);
      if (s < 0) continue;
      float total = s + bonus + (has_enclitic ? clitics[e].bonus : 0.0f);
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

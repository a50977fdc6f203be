#include "events/modality.h"

#include <algorithm>

#include "core/tsv.h"
#include "events/clause_syntax.h"
#include "events/trigger_lexicon.h"

namespace marsad {
namespace {

constexpr uint32_t kWordGap = 1;       // لم يتم الإعلان: one word may stand between cue and trigger
constexpr uint32_t kClauseReach = 10;  // a clause cue governs the next 10 words
constexpr uint32_t kStateGap = 2;      // التي لا تزال تسيطر: two words between pronoun and verb

Modality modality_of(std::string_view name) {
  if (name == "negated") return Modality::kNegated;
  if (name == "future") return Modality::kFuture;
  if (name == "planned") return Modality::kPlanned;
  if (name == "reported_claim") return Modality::kReportedClaim;
  if (name == "hypothetical") return Modality::kHypothetical;
  return Modality::kAsserted;
}

// negated > hypothetical > future/planned > reported_claim > asserted
int rank(Modality m) {
  switch (m) {
    case Modality::kNegated: return 4;
    case Modality::kHypothetical: return 3;
    case Modality::kFuture: case Modality::kPlanned: return 2;
    case Modality::kReportedClaim: return 1;
    case Modality::kAsserted: return 0;
  }
  return 0;
}

bool imperfect(std::u32string_view stem) {
  return !stem.empty() && (stem[0] == U'ي' || stem[0] == U'ت' || stem[0] == U'ن');
}

// Whether a guard row (asserted) is a longer phrase around cue `hit`: الوقت الذي (a time noun's
// relative), لا تزال (still: a continuation, not a negation), بحسب ما (ما is "what").
bool guarded(const std::vector<CueHit>& hits, const CueHit& hit) {
  return std::any_of(hits.begin(), hits.end(), [&](const CueHit& h) {
    return !h.cue->state && h.cue->modality == Modality::kAsserted && h.first <= hit.first && h.end >= hit.end &&
           h.end - h.first > hit.end - hit.first;
  });
}

// A state cue before a trigger (the caller checks that it is an imperfect verb), unless the
// pronoun follows a time noun (الوقت الذي يفقد فيه: when an event happens).
void read_state(const std::vector<CueHit>& hits, const CueHit& hit, ModalityReading& best) {
  if (!guarded(hits, hit)) best.state = true;
}

}  // namespace

void ModalityLexicon::load(const std::string& path) {
  for_each_tsv_row(path, 3, [&](const std::vector<std::string_view>& f) {
    ModalityCue base;
    base.modality = modality_of(f[1]);
    base.state = f[1] == "state";
    base.compared = f[1] == "compared";
    base.topic = f[1] == "topic" || base.compared;
    base.refer = f[1] == "refer";
    base.copula = f[1] == "copula";
    base.comment = f[1] == "comment";
    if (f[2] == "prefix") base.scope = ModalityCue::Scope::kPrefix;
    else if (f[2] == "clause") base.scope = ModalityCue::Scope::kClause;
    else if (f[2] == "attribution") base.scope = ModalityCue::Scope::kAttribution;
    if (base.scope == ModalityCue::Scope::kPrefix) return;  // سـ: read from the trigger's clitics
    for (auto variant : split(f[0], '|')) {
      ModalityCue cue = base;
      int slot = 0;
      for (auto word : split(variant, ' ')) {
        if (word == "X" || word == "Y") {
          ++slot;
          if (cue.words.empty()) continue;  // a holder before the cue: the verb's subject
          cue.holder_after = true;
          if (word == "Y") cue.holder_second = true;
          continue;
        }
        if (slot > 0) {  // a word after the first slot (نقلت X عن Y): the cue is its first part
          continue;
        }
        if (word == "*") {  // حاجة * إلى: 0-4 words between (حاجة المنطقة إلى)
          if (!cue.words.empty()) cue.words.emplace_back();
          continue;
        }
        auto k = lexicon_key(word);
        if (k.size() < 2 && !(k == U"ب" || k == U"ل")) continue;
        if (k.size() == 1) {  // يقضي ب: the preposition is a proclitic of the next word
          cue.proclitic = k[0];
          continue;
        }
        cue.words.push_back(std::move(k));
      }
      // The conditional إن is written like إنّ "that", by far the more common: left out.
      if (cue.words.size() == 1 && cue.words[0] == U"ان") continue;
      if (!cue.words.empty()) cues_.push_back(std::move(cue));
    }
  }, /*header=*/true);
  for (uint32_t i = 0; i < cues_.size(); ++i) by_first_[cues_[i].words.front()].push_back(i);
}

const std::vector<uint32_t>* ModalityLexicon::starting_with(const std::u32string& key) const {
  auto it = by_first_.find(key);
  return it == by_first_.end() ? nullptr : &it->second;
}

namespace {

constexpr uint32_t kProcliticReach = 5;  // words: تستعد الفصائل المسلحة في الشمال للانقضاض

// Whether a word within kProcliticReach words from `from` carries `letter`: the cue's verb
// governs it with its subject between (تستعد الفصائل للانقضاض، يقضي الاتفاق بانسحاب).
bool preposition_follows(const EventText& text, uint32_t from, uint32_t end, char32_t letter) {
  uint32_t words = 0;
  for (uint32_t i = from; i < end && words < kProcliticReach; ++i) {
    if (!text.is_word(i)) continue;
    if (clause::carries_preposition(text, i, letter)) return true;
    ++words;
  }
  return false;
}

}  // namespace

std::vector<CueHit> find_cues(const EventText& text, const ModalityLexicon& lexicon, uint32_t sentence) {
  const Sentence& s = text.sentence(sentence);
  std::vector<CueHit> hits;
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    if (!text.is_word(i)) continue;
    for (const auto& r : text.readings(i)) {
      // A particle of two letters after a preposition is another word: كما "as", بما، لما.
      if (r.stem.size() <= 2 && (r.clitics & kPreposition)) continue;
      const auto* list = lexicon.starting_with(r.stem);
      if (!list) continue;
      for (uint32_t c : *list) {
        const ModalityCue& cue = lexicon.cues()[c];
        uint32_t e = text.match_phrase(i, cue.words, s.end_token);
        if (e && cue.proclitic && !preposition_follows(text, e, s.end_token, cue.proclitic)) continue;
        if (e) hits.push_back({&cue, i, e});
      }
    }
  }
  return hits;
}

ModalityReading read_modality(const EventText& text, const std::vector<CueHit>& hits, uint32_t first, uint32_t end,
                              uint8_t clitics) {
  ModalityReading best;
  auto consider = [&](Modality m, std::string holder) {
    if (rank(m) > rank(best.modality)) {
      best.modality = m;
      best.attributed_to = std::move(holder);
    }
  };
  if (clitics & kFuture) consider(Modality::kFuture, "");

  const Sentence& s = text.sentence(text.sentence_of(first));
  for (const CueHit& hit : hits) {
    {
      const ModalityCue& cue = *hit.cue;
      uint32_t i = hit.first, e = hit.end;
      if (e > first && i < end) continue;
      switch (cue.scope) {
        case ModalityCue::Scope::kWord: {
          if (cue.state) {
            if (e == first) read_state(hits, hit, best);
            break;
          }
          if (cue.topic) {
            // جاهزين للاحتجاج: the ل of the head is on the verbal noun itself.
            bool governed = !cue.proclitic || clause::carries_preposition(text, first, cue.proclitic);
            if (e == first && governed && !(cue.compared && (text.definite(first) || guarded(hits, hit))))
              best.topic = true;
            break;
          }
          if (cue.refer) {
            if (e == first) best.refers = true;
            break;
          }
          if (cue.comment) {
            if (e == first) best.commented = true;
            break;
          }
          if (cue.modality == Modality::kAsserted) break;  // a guard row (الوقت الذي)
          if (e > first || first - e > kWordGap) break;
          if (guarded(hits, hit)) break;
          if (cue.words.size() == 1 && cue.words[0] == U"قد") {  // قد + imperfect only
            bool imp = std::any_of(text.readings(first).begin(), text.readings(first).end(),
                                   [](const WordReading& r) { return imperfect(r.stem); });
            if (!imp) break;
          }
          consider(cue.modality, "");
          break;
        }
        case ModalityCue::Scope::kClause: {
          if (cue.state) {
            bool broken = false;
            for (uint32_t k = e; k < first; ++k) broken = broken || text.is_clause_break(k);
            if (e <= first && first - e <= kStateGap && !broken) read_state(hits, hit, best);
            break;
          }
          if (e > first || first - e > kClauseReach) break;
          bool broken = false;
          for (uint32_t k = e; k < first; ++k) broken = broken || text.is_clause_break(k);
          if (broken) break;
          if (cue.copula) best.copula = best.copula || !guarded(hits, hit);
          else consider(cue.modality, "");
          break;
        }
        case ModalityCue::Scope::kAttribution: {
          // Before the trigger anywhere in the sentence, or after it when the holder follows
          // the cue (…، حسب المرصد).
          if (i >= end && !cue.holder_after) break;
          std::string holder;
          for (uint32_t k = e; k < std::min(e + 3, s.end_token); ++k) {
            int m = text.mention_at(k);
            if (m >= 0) {
              holder = text.mentions()[m].actor;
              if (!cue.holder_second) break;
            }
          }
          if (holder.empty()) {  // مصادر، ناشطون: the phrase itself
            uint32_t from = cue.holder_after ? e : i;
            uint32_t to = cue.holder_after ? std::min(e + 2, s.end_token) : e;
            uint32_t stop = from;
            while (stop < to && text.is_word(stop)) ++stop;
            if (stop > from) holder = text.text(text.span(from, stop));
          }
          consider(cue.modality, std::move(holder));
          break;
        }
        case ModalityCue::Scope::kPrefix: break;
      }
    }
  }
  return best;
}

}  // namespace marsad

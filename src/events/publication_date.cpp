#include "events/publication_date.h"

#include <algorithm>
#include <unordered_map>

#include "core/hash.h"

#include "core/tsv.h"
#include "events/trigger_lexicon.h"

namespace marsad {
namespace {

long day_number(const Date& d) { return days_from_civil(d.year, d.month ? d.month : 1, d.day ? d.day : 1); }

// The tokens where each stem stands (any reading), in text order: a phrase can only start
// where its first word does, so anchors are looked for there and not in every token.
// Only the stems that open a keyword of the calendar are kept. Keys are views of the text's
// readings, which outlive the map: no string is copied per word.
using StemPositions = std::unordered_map<std::u32string_view, std::vector<uint32_t>, U32Hash, std::equal_to<>>;

StemPositions stem_positions(const EventText& text, const AnchorCalendar& calendar) {
  StemPositions at;
  for (uint32_t i = 0; i < text.token_count(); ++i)
    for (const auto& r : text.readings(i)) {
      if (!calendar.opens_keyword(r.stem)) continue;
      auto& list = at[r.stem];
      if (list.empty() || list.back() != i) list.push_back(i);
    }
  return at;
}

const std::vector<uint32_t>& starts_of(const StemPositions& at, const Phrase& p) {
  static const std::vector<uint32_t> none;
  auto it = at.find(p.front());
  return it == at.end() ? none : it->second;
}

// Whether every phrase of `all` occurs in the document; returns the first token of the first
// phrase's first occurrence, or -1 when some phrase is missing.
long find_all(const EventText& text, const StemPositions& at, const std::vector<Phrase>& all) {
  long token = -1;
  for (size_t k = 0; k < all.size(); ++k) {
    long found = -1;
    for (uint32_t i : starts_of(at, all[k])) {
      if (found >= 0) break;
      if (!text.is_word(i) && !text.is_number(i)) continue;
      const Sentence& s = text.sentence(text.sentence_of(i));
      if (text.match_phrase(i, all[k], s.end_token)) found = i;
    }
    if (found < 0) return -1;
    if (k == 0) token = found;
  }
  return token;
}

// A relative word dates the anchor only when it stands next to the anchor's name (محادثات
// أستانة غدا), not anywhere in its sentence.
constexpr long kAnchorReach = 8;
// How far ahead an anchor named in an article may lie: news announces talks a week or two early.
constexpr long kUpcomingDays = 14;

// The time expressions in the sentences where the words of `all` occur, each with whether
// it stands within kAnchorReach of one of those words.
struct AnchorContext {
  std::vector<std::pair<const TimeExpression*, bool>> expressions;
};

AnchorContext expressions_near(const EventText& text, const StemPositions& at,
                               const std::vector<std::vector<TimeExpression>>& expressions,
                               const std::vector<Phrase>& all) {
  AnchorContext context;
  auto& out = context.expressions;
  std::vector<uint32_t> starts;
  for (const Phrase& p : all) starts.insert(starts.end(), starts_of(at, p).begin(), starts_of(at, p).end());
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  for (uint32_t i : starts) {
    if (!text.is_word(i) && !text.is_number(i)) continue;
    const uint32_t s = text.sentence_of(i);
    const uint32_t sentence_end = text.sentence(s).end_token;
    if (!std::any_of(all.begin(), all.end(), [&](const Phrase& p) { return text.match_phrase(i, p, sentence_end) != 0; }))
      continue;
    for (const auto& e : expressions[s]) {
      bool near = std::labs(static_cast<long>(e.first) - static_cast<long>(i)) <= kAnchorReach;
      auto seen = std::find_if(out.begin(), out.end(), [&](const auto& o) { return o.first == &e; });
      if (seen == out.end()) out.emplace_back(&e, near);
      else seen->second = seen->second || near;
    }
  }
  return context;
}

struct Candidate {
  Date date;
  int strength = 0;  // higher wins
  std::string evidence;
};

}  // namespace

void AnchorCalendar::load(const std::string& path) {
  for_each_tsv_row(path, 4, [&](const std::vector<std::string_view>& f) {
    AnchorEvent a;
    auto start = parse_iso(f[0]);
    if (!start || !start->full()) return;
    a.date = *start;
    auto end = parse_iso(f[1]);
    a.end = end && end->full() ? *end : a.date;
    a.name = std::string(f[2]);
    for (auto alt : split(f[3], '|')) {
      std::vector<Phrase> all;
      for (auto part : split(alt, '+')) {
        Phrase p = parse_phrase(part);
        if (!p.empty()) all.push_back(std::move(p));
      }
      for (const Phrase& p : all) first_words_.insert(p.front());
      if (!all.empty()) a.keywords.push_back(std::move(all));
    }
    anchors_.push_back(std::move(a));
  }, /*header=*/true);
}

PublicationDate infer_publication_date(const EventText& text, const AnchorCalendar& calendar,
                                       const std::vector<std::vector<TimeExpression>>& expressions) {
  // Every reading of every word, so that most anchors are ruled out without a scan.
  const StemPositions at = stem_positions(text, calendar);
  auto possible = [&](const std::vector<Phrase>& all) {
    return std::all_of(all.begin(), all.end(), [&](const Phrase& p) { return at.find(p.front()) != at.end(); });
  };
  std::vector<Candidate> candidates;
  std::optional<Date> lower;  // the latest anchor the article knows of
  std::string lower_evidence;
  for (const auto& anchor : calendar.anchors()) {
    for (const auto& alt : anchor.keywords) {
      if (!possible(alt)) continue;
      if (find_all(text, at, alt) < 0) continue;
      std::string name = anchor.name;
      // A relative word next to any of the anchor's words fixes the day: غدا → the day before
      // (the headline may name the round, the body "انطلقت أمس الجولة 13").
      AnchorContext context = expressions_near(text, at, expressions, alt);
      for (const auto& [e, near] : context.expressions) {
        const TimeParts& p = e->parts;
        if (p.has_day_offset && !p.same && near) {
          const Date& when = p.day_offset > 0 ? anchor.date : anchor.date;
          candidates.push_back({add_days(when, -p.day_offset), 3, name + " + " + text.text(e->span)});
        } else if (p.day && (p.of_it || (p.unit == TimeWord::Unit::kMonth && p.unit_offset == 0)) && p.day == anchor.date.day) {
          // الاستفتاء في السادس عشر من الشهر الجاري: the anchor's month, a week before it.
          Date d = add_days(anchor.date, -8);
          if (d.month != anchor.date.month) d = Date{anchor.date.year, anchor.date.month, 1};
          candidates.push_back({d, 2, name + " + " + text.text(e->span)});
        }
      }
      if (!lower || day_number(anchor.date) > day_number(*lower)) {
        lower = anchor.date;
        lower_evidence = name;
      }
      break;
    }
  }
  // Explicit dates with a year: the article is written on or after the latest.
  for (const auto& sentence : expressions)
    for (const auto& e : sentence) {
      const TimeParts& p = e.parts;
      if (p.year >= 1990 && p.month && p.day && !p.hijri)
        candidates.push_back({Date{p.year, p.month, p.day}, 1, text.text(e.span)});
    }
  // A month "just past" without a year: the article is from the month after, in the first
  // year the anchors allow.
  if (lower) {
    for (const auto& sentence : expressions)
      for (const auto& e : sentence) {
        const TimeParts& p = e.parts;
        if (!p.month || p.hijri || p.year || !p.has_shift || p.shift >= 0) continue;
        for (int y = lower->year; y <= lower->year + 1; ++y) {
          Date d = add_months(Date{y, p.month, 10}, 1);
          if (day_number(d) >= day_number(*lower)) {
            candidates.push_back({d, 1, text.text(e.span) + " + " + lower_evidence});
            break;
          }
        }
      }
  }
  // An article is written after every past anchor it names: a relative word that would put it
  // before one was about another event. (A day fixed by an anchor still to come, strength 2,
  // is exempt: the anchor is in the article's future.)
  if (lower)
    std::erase_if(candidates, [&](const Candidate& c) {
      // An anchor dated by the word next to it (مؤتمر باريس أمس الأول) stands even when a later
      // anchor is named, if that one may still be to come (محادثات أستانة المقبلة).
      if (c.strength == 3 && day_number(c.date) + kUpcomingDays >= day_number(*lower)) return false;
      return c.strength != 2 && day_number(c.date) + 1 < day_number(*lower);
    });
  PublicationDate out;
  out.inferred = true;
  if (!candidates.empty()) {
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
      if (a.strength != b.strength) return a.strength > b.strength;
      return day_number(a.date) > day_number(b.date);
    });
    const Candidate& best = candidates.front();
    if (!lower || best.strength >= 2 || day_number(best.date) >= day_number(*lower)) {
      out.date = format_iso(best.date);
      out.evidence = best.evidence;
      return out;
    }
  }
  if (lower) {
    out.date = format_iso(*lower);
    out.evidence = lower_evidence + " (after)";
  }
  return out;
}

}  // namespace marsad

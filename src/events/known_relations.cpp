#include "events/known_relations.h"

#include <algorithm>

#include "events/relations.h"

namespace marsad {
namespace {

// Code points between the two names: about twenty words, one sentence of news prose
// (رئيس الإئتلاف هادي البحرة، غرفة عمليات حلب التي تضم … حركة نور الدين الزنكي ولواء الحرية).
// Scored on the 17 gold documents: 80, 120 and 160 give F1 0.607, 0.615, 0.603.
constexpr uint32_t kKnownGap = 120;

bool valid_at(const KnownRelation& k, const std::optional<Date>& when) {
  if (!when) return true;
  auto key = [](const Date& d) { return d.year * 10000 + d.month * 100 + d.day; };
  if (k.from && key(*k.from) > key(*when) + (when->day ? 0 : 99)) return false;
  // A rebrand stays true of the later name: formerly_known_as has no end.
  if (k.predicate != "formerly_known_as" && k.to && key(*k.to) + (k.to->day ? 0 : 99) < key(*when)) return false;
  return true;
}

bool same(const Relation& r, const std::string& s, const std::string& p, const std::string& o) {
  return r.subject == s && r.predicate == p && r.object == o;
}

}  // namespace

void find_known_relations(const RelationKnowledge& knowledge, const Extraction& x, const std::vector<Sentence>& sentences,
                          const std::optional<Date>& publication, std::vector<Relation>& out) {
  // The sentence of a code point; one boundary may lie between the names (the splitter cuts
  // "جبهة فتح الشام. المعروفة سابقا بجبهة النصرة"), two may not.
  auto sentence_at = [&](uint32_t cp) {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), cp,
                               [](uint32_t c, const Sentence& s) { return c < s.span.start; });
    return it - sentences.begin();
  };
  std::vector<const Mention*> named;
  for (const auto& m : x.mentions)
    if (!m.actor.empty() && m.source != Mention::Source::kRole) named.push_back(&m);
  std::stable_sort(named.begin(), named.end(), [](const Mention* a, const Mention* b) { return a->span.start < b->span.start; });
  auto consider = [&](const Mention& a, const Mention& b, Span evidence) {
    for (const auto& k : knowledge.known_between(a.actor)) {
      if (k.object != b.actor || !valid_at(k, publication)) continue;
      bool seen = std::any_of(out.begin(), out.end(), [&](const Relation& r) { return same(r, k.subject, k.predicate, k.object); });
      if (!seen) out.push_back({k.subject, k.predicate, k.object, evidence});
    }
  };
  for (size_t i = 0; i < named.size(); ++i) {
    const Mention& a = *named[i];
    for (size_t j = i + 1; j < named.size(); ++j) {
      const Mention& b = *named[j];
      if (b.span.start > a.span.end + kKnownGap) break;
      if (a.actor == b.actor || sentence_at(b.span.start) > sentence_at(a.span.start) + 1) continue;
      Span evidence{a.span.start, std::max(a.span.end, b.span.end)};
      consider(a, b, evidence);
      consider(b, a, evidence);
    }
  }
}

}  // namespace marsad

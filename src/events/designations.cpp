#include "events/designations.h"

#include <algorithm>

#include "events/event_text.h"
#include "events/relations.h"
#include "events/word_forms.h"

namespace marsad {
namespace {

bool reads_as(const EventText& text, uint32_t token, const std::u32string& word) {
  if (text.key(token) == word) return true;
  const auto& readings = text.readings(token);
  return std::any_of(readings.begin(), readings.end(), [&](const WordReading& r) { return r.stem == word; });
}

}  // namespace

void find_designations(const EventText& text, const RelationKnowledge& knowledge, const Extraction& x,
                       std::vector<Relation>& out) {
  for (const auto& m : text.mentions()) {
    if (m.type != EntityType::kOrg || m.end - m.first < 2) continue;
    const auto& heads = knowledge.designation_heads();
    if (std::none_of(heads.begin(), heads.end(), [&](const std::u32string& h) { return reads_as(text, m.first, h); }))
      continue;
    for (const Actor& person : x.actors) {
      if (person.type != EntityType::kPer) continue;
      const auto& facts = knowledge.known_between(person.id);
      bool leads = std::any_of(facts.begin(), facts.end(),
                               [&](const KnownRelation& k) { return k.predicate == "leads" && k.object == m.actor; });
      if (!leads) continue;
      // One of the leader's names stands after the head: الأسد، بشار.
      auto names = lexicon_words(person.name_ar);
      bool named = false;
      for (uint32_t t = m.first + 1; t < m.end && !named; ++t)
        named = std::any_of(names.begin(), names.end(), [&](const std::u32string& w) { return reads_as(text, t, w); });
      if (!named) continue;
      bool seen = std::any_of(out.begin(), out.end(), [&](const Relation& r) {
        return r.subject == person.id && r.predicate == "leads" && r.object == m.actor;
      });
      if (!seen) out.push_back({person.id, "leads", m.actor, text.span(m.first, m.end)});
    }
  }
}

}  // namespace marsad

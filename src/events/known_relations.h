// Facts the actor tables hold (data/actors/relations.tsv: نصرالله leads حزب الله, جبهة فتح
// الشام formerly_known_as جبهة النصرة) become relations of a document only where its text
// names both sides close together: two names a paragraph apart (إيران … النظام السوري) do not
// say that one backs the other, and the gold annotates a fact only where the text states it.
#pragma once

#include <optional>
#include <vector>

#include "core/extraction.h"
#include "events/dates.h"
#include "text/analyzed.h"

namespace marsad {

class RelationKnowledge;

// Adds the known facts valid at `publication` whose two actors are named at most a few words
// apart, in one sentence or the next (nested names count: الأسد inside نظام الأسد).
void find_known_relations(const RelationKnowledge& knowledge, const Extraction& x, const std::vector<Sentence>& sentences,
                          const std::optional<Date>& publication, std::vector<Relation>& out);

}  // namespace marsad

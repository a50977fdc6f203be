// A body named after its leader: نظام الأسد، نظام بشار، حكومة نتنياهو. The mention names the
// body (syrian_government); the leader's name inside it, with the actor tables' fact that he
// leads it, gives "leads". The heads (نظام، حكومة) come from the X[(…) … Y:PER] row of
// data/events/relation_patterns.tsv.
#pragma once

#include <string>
#include <vector>

#include "core/extraction.h"

namespace marsad {

class EventText;
class RelationKnowledge;

void find_designations(const EventText& text, const RelationKnowledge& knowledge, const Extraction& x,
                       std::vector<Relation>& out);

}  // namespace marsad

// An Extraction as the JSON object of `marsad extract --json` (one line per document), the
// format /work/shared/eval/score.py reads and the exports reuse:
//   {"doc", "publication_date", "entities": [{id type kind name_ar name_en wikidata lat lon}],
//    "mentions": [{start end surface type entity metonymy acting_as source}],
//    "relations": [{subject predicate object start end}],
//    "events": [{start end trigger trigger_start trigger_end cameo source target location date
//                date_expression modality attributed_to fatalities}]}
// Offsets are code points of the original text, end exclusive. Role mentions (a bare title
// standing for its holder) are left out of "mentions": they are arguments, not names.
#pragma once

#include <nlohmann/json.hpp>

#include "core/extraction.h"

namespace marsad {

nlohmann::json extraction_to_json(const Extraction& x);

}  // namespace marsad

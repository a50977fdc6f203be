#include "core/extraction.h"

namespace marsad {

std::string_view entity_type_name(EntityType type) {
  switch (type) {
    case EntityType::kPer: return "PER";
    case EntityType::kOrg: return "ORG";
    case EntityType::kLoc: return "LOC";
    case EntityType::kMisc: return "MISC";
  }
  return "MISC";
}

std::string_view modality_name(Modality modality) {
  switch (modality) {
    case Modality::kAsserted: return "asserted";
    case Modality::kNegated: return "negated";
    case Modality::kFuture: return "future";
    case Modality::kPlanned: return "planned";
    case Modality::kReportedClaim: return "reported_claim";
    case Modality::kHypothetical: return "hypothetical";
  }
  return "asserted";
}

}  // namespace marsad

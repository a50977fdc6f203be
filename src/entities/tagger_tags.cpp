#include "entities/tagger_tags.h"

namespace marsad {

std::string_view type_name(EntityType t) {
  switch (t) {
    case EntityType::Person: return "PER";
    case EntityType::Location: return "LOC";
    case EntityType::Organization: return "ORG";
    case EntityType::Misc: return "MISC";
    case EntityType::None: break;
  }
  return "";
}

std::string tag_name(Tag t) {
  if (t == kOutside) return "O";
  return std::string(is_begin(t) ? "B-" : "I-") + std::string(type_name(tag_type(t)));
}

bool parse_type(std::string_view name, EntityType& type) {
  if (name == "PER" || name == "PERS") type = EntityType::Person;
  else if (name == "LOC") type = EntityType::Location;
  else if (name == "ORG") type = EntityType::Organization;
  // AQMAR splits miscellany into MIS0…MIS3 (and a few typos such as MISS1, MIS-1).
  else if (name == "MISC" || name.starts_with("MIS")) type = EntityType::Misc;
  else return false;
  return true;
}

}  // namespace marsad

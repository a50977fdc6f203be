// The label set of the named-entity tagger: BIO tags over four entity types, as in ANERcorp
// and CoNLL 2003. A tag is one small integer so the tagger can index weight rows with it.
//
//   الرئيس  بشار   الأسد   في   دمشق
//   O       B-PER  I-PER   O    B-LOC
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace marsad {

enum class EntityType : uint8_t { None = 0, Person, Location, Organization, Misc };
inline constexpr int kEntityTypeCount = 5;  // including None

// O = 0, then B-X = 2·type − 1 and I-X = 2·type for the four types: 9 tags in all.
using Tag = uint8_t;
inline constexpr int kTagCount = 9;
inline constexpr Tag kOutside = 0;

inline Tag begin_tag(EntityType t) { return t == EntityType::None ? kOutside : Tag(2 * int(t) - 1); }
inline Tag inside_tag(EntityType t) { return t == EntityType::None ? kOutside : Tag(2 * int(t)); }
inline EntityType tag_type(Tag t) { return t == kOutside ? EntityType::None : EntityType((t + 1) / 2); }
inline bool is_begin(Tag t) { return t != kOutside && t % 2 == 1; }
inline bool is_inside(Tag t) { return t != kOutside && t % 2 == 0; }

// "PER", "LOC", "ORG", "MISC" ("" for None).
std::string_view type_name(EntityType t);
// "O", "B-PER", "I-LOC", …
std::string tag_name(Tag t);

// Parses a type name of any of the corpora we read: PER and PERS (ANERcorp) are Person, MISC,
// MIS and AQMAR's MIS0…MIS3 are Misc. Returns false for a name it does not know.
bool parse_type(std::string_view name, EntityType& type);

}  // namespace marsad

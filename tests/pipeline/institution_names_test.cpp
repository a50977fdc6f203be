// A body the gazetteer does not know, named after a place (جامعة كاليفورنيا): the tagger's
// organisation stands around the place name (data/entities/cues.tsv, institution_head).
#include <gtest/gtest.h>

#include <string>

#include "phrase_fixture.h"

namespace marsad {
namespace {

// The type of the mention whose surface is `surface`, or kMisc when there is none.
EntityType type_of(const Extraction& x, const std::string& surface) {
  const Mention* m = testing::mention_of(x, surface);
  return m ? m->type : EntityType::kMisc;
}

Extraction extract(const std::string& text) { return testing::extract_phrase(text, "2015-07-25"); }

TEST(InstitutionNames, AUniversityNamedAfterAPlaceIsAnOrganisation) {
  // SaudiNewsNet: "أبدى البروفسور الذي يعمل في جامعة كاليفورنيا في سان دييغو"
  Extraction x = extract("أبدى البروفسور الذي يعمل في جامعة كاليفورنيا في سان دييغو");
  EXPECT_EQ(type_of(x, "جامعة كاليفورنيا"), EntityType::kOrg);
  EXPECT_EQ(type_of(x, "كاليفورنيا"), EntityType::kMisc);  // no place mention inside it
}

TEST(InstitutionNames, ThePlaceAloneStaysAPlace) {
  // Control, SaudiNewsNet: "معلومات وردت إليها من السلطات الأمنية في ولاية كاليفورنيا"
  Extraction x = extract("بعد معلومات وردت إليها من السلطات الأمنية في ولاية كاليفورنيا");
  EXPECT_EQ(type_of(x, "كاليفورنيا"), EntityType::kLoc);
}

}  // namespace
}  // namespace marsad

// A body the gazetteer does not know, named after a place (جامعة كاليفورنيا): the tagger's
// organisation stands around the place name (data/entities/cues.tsv, institution_head).
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "core/utf8.h"
#include "pipeline/pipeline.h"

namespace marsad {
namespace {

Extraction extract(const std::string& text) {
  static Pipeline pipeline(Knowledge::load());
  Document doc;
  doc.text = text;
  doc.date = "2015-07-25";
  return pipeline.extract(doc);
}

// The type of the mention whose surface is `surface`, or kMisc when there is none.
EntityType type_of(const Extraction& x, const std::string& surface) {
  std::u32string text = utf8::decode(x.document.text);
  for (const Mention& m : x.mentions)
    if (utf8::encode(text.substr(m.span.start, m.span.size())) == surface) return m.type;
  return EntityType::kMisc;
}

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

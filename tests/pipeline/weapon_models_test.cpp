// A name the tagger reads right after a weapon noun is the weapon's model (صاروخ غراد), not an
// actor that fires it: data/entities/cues.tsv, kind weapon_head.
#include <gtest/gtest.h>

#include <string>

#include "phrase_fixture.h"

namespace marsad {
namespace {

using testing::has_actor;
using testing::mention_of;

Extraction extract(const std::string& text) { return testing::extract_phrase(text, "2015-07-25"); }

TEST(WeaponModels, TheModelAfterAWeaponNounIsNoActor) {
  // SaudiNewsNet (alsouria.net, 2015-07-25), on the blast in Latakia.
  Extraction x = extract("وقال ناشطون إن الانفجار ناتج عن إصابة البناء بصاروخ غراد استهدفه من ريف اللاذقية.");
  EXPECT_EQ(mention_of(x, "غراد"), nullptr);
  for (const Event& e : x.events) EXPECT_EQ(e.source.find("غراد"), std::string::npos);
  EXPECT_NE(mention_of(x, "اللاذقية"), nullptr);  // the rest of the sentence is read as before
}

TEST(WeaponModels, AKnownActorAfterAWeaponNounKeepsItsActor) {
  // Control, SaudiNewsNet: the rockets of actors the gazetteer knows are still theirs.
  EXPECT_TRUE(has_actor(extract("بل سترون المزيد من الدعم للإرهاب، سترون صواريخ حزب الله تسقط على تل أبيب"), "hezbollah"));
  EXPECT_TRUE(has_actor(extract("مضيفا أن نيران صواريخ الحوثيين هي المسؤولة"), "houthis"));
}

TEST(WeaponModels, ANationalityAfterAWeaponNounStaysAnAdjective) {
  // SaudiNewsNet (2015-07-25): "مقاتلات تركية" are Turkish jets, not the country Turkey.
  Extraction x = extract("وأشار الى ان مقاتلات تركية حلقت ايضا في اجواء جبل قنديل.");
  EXPECT_FALSE(has_actor(x, "turkey"));
}

}  // namespace
}  // namespace marsad

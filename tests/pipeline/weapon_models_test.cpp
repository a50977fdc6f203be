// A name the tagger reads right after a weapon noun is the weapon's model (صاروخ غراد), not an
// actor that fires it: data/entities/cues.tsv, kind weapon_head.
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

bool has_mention_of(const Extraction& x, const std::string& surface) {
  std::u32string text = utf8::decode(x.document.text);
  for (const Mention& m : x.mentions)
    if (utf8::encode(text.substr(m.span.start, m.span.size())) == surface) return true;
  return false;
}

bool has_actor(const Extraction& x, const std::string& actor) {
  for (const Mention& m : x.mentions)
    if (m.actor == actor) return true;
  return false;
}

TEST(WeaponModels, TheModelAfterAWeaponNounIsNoActor) {
  // SaudiNewsNet (alsouria.net, 2015-07-25), on the blast in Latakia.
  Extraction x = extract("وقال ناشطون إن الانفجار ناتج عن إصابة البناء بصاروخ غراد استهدفه من ريف اللاذقية.");
  EXPECT_FALSE(has_mention_of(x, "غراد"));
  for (const Event& e : x.events) EXPECT_EQ(e.source.find("غراد"), std::string::npos);
  EXPECT_TRUE(has_mention_of(x, "اللاذقية"));  // the rest of the sentence is read as before
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

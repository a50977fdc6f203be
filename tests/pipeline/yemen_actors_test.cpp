// The actors of the war in Yemen as the Saudi press of 2015 names them.
#include <gtest/gtest.h>

#include <string>

#include "phrase_fixture.h"

namespace marsad {
namespace {

using testing::extract_phrase;
using testing::has_actor;

TEST(YemenActors, ThePopularResistanceIsAnActor) {
  // SaudiNewsNet (2015-07): "بعد الانتصارات التي حققتها قوات المقاومة الشعبية في طرد المتمردين الحوثيين من المدينة"
  Extraction x = extract_phrase("بعد الانتصارات التي حققتها قوات المقاومة الشعبية في طرد المتمردين الحوثيين من المدينة",
                                "2015-07-20");
  EXPECT_TRUE(has_actor(x, "yemeni_popular_resistance"));
  EXPECT_TRUE(has_actor(x, "houthis"));
}

TEST(YemenActors, TheHouthisWithMilitiaSpelledWithoutYa) {
  // SaudiNewsNet (2015-08): "كمين نصبته مليشيات الحوثي" — مليشيات as the Saudi press often spells it.
  EXPECT_TRUE(has_actor(extract_phrase("وذلك في كمين نصبته مليشيات الحوثي أدى لاستشهاد أربعة من مرافقيه", "2015-08-11"),
                        "houthis"));
}

TEST(YemenActors, TheHouthisWithTheAdjectiveWithoutTheArticle) {
  // SaudiNewsNet (2015-07): "ضد الممارسات التي قامت بها ميليشيات الحوثية، مؤكدا أن الزيارة"
  EXPECT_TRUE(has_actor(extract_phrase("ضد الممارسات التي قامت بها ميليشيات الحوثية، مؤكدا أن الزيارة", "2015-07-28"),
                        "houthis"));
}

// قوات التحالف، طيران التحالف: the coalition the story names in full elsewhere.
TEST(YemenActors, TheCoalitionOfAYemenStoryIsTheArabCoalition) {
  // SaudiNewsNet (2015-07), two sentences of one article from Aden.
  Extraction x = extract_phrase(
      "إن المقاتلين على الأرض استفادوا من دعم جوي من قبل التحالف العربي الذي شن ليلا نحو 15 غارة على مواقع "
      "المتمردين الحوثيين. وتواصل القوات الموالية للرئيس عبد ربه منصور هادي والمقاومة الشعبية وبدعم من قوات "
      "التحالف، عملياتها الموسعة لدحر الانقلابيين الحوثيين",
      "2015-07-20");
  const Mention* forces = testing::mention_of(x, "قوات التحالف");
  ASSERT_NE(forces, nullptr);
  EXPECT_EQ(forces->actor, "saudi_led_coalition");
}

TEST(YemenActors, TheInternationalCoalitionKeepsItsAdjective) {
  // SaudiNewsNet (2015-07), from Iraq: الدولي is part of the name, which without it names either coalition.
  Extraction x = extract_phrase("لكن الفرق هذه المرة هو أن قوات التحالف الدولي كانت تقصف مواقع داعش بالطيران",
                                "2015-07-20");
  const Mention* forces = testing::mention_of(x, "قوات التحالف الدولي");
  ASSERT_NE(forces, nullptr);
  EXPECT_EQ(forces->actor, "us_led_coalition");
}

// مليشيا is a kind of group, not a name: the tagger tags it as a person before a name in guillemets.
TEST(GroupNouns, AMilitiaIsNoNameOfItsOwn) {
  // SaudiNewsNet (2015-07): "في مناطق تمركزات ميليشيا «فجر ليبيا»، وقضت قوة الجيش"
  Extraction x = extract_phrase("في مناطق تمركزات ميليشيا «فجر ليبيا»، وقضت قوة الجيش", "2015-07-28");
  EXPECT_EQ(testing::mention_of(x, "ميليشيا"), nullptr);
  EXPECT_TRUE(has_actor(x, "libya"));  // the control: the rest of the phrase is still read
}

}  // namespace
}  // namespace marsad

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

// مليشيا is a kind of group, not a name: the tagger tags it as a person before a name in guillemets.
TEST(GroupNouns, AMilitiaIsNoNameOfItsOwn) {
  // SaudiNewsNet (2015-07): "في مناطق تمركزات ميليشيا «فجر ليبيا»، وقضت قوة الجيش"
  Extraction x = extract_phrase("في مناطق تمركزات ميليشيا «فجر ليبيا»، وقضت قوة الجيش", "2015-07-28");
  EXPECT_EQ(testing::mention_of(x, "ميليشيا"), nullptr);
  EXPECT_TRUE(has_actor(x, "libya"));  // the control: the rest of the phrase is still read
}

}  // namespace
}  // namespace marsad

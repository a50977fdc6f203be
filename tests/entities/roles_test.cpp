// Bare titles (data/roles.tsv, src/entities/roles.cpp): a title with no name after it stands for
// the person who held it on the publication date, and the names inside it stay names.
#include <gtest/gtest.h>

#include <algorithm>

#include "linker_fixture.h"

namespace marsad::testing {
namespace {

const Mention* role_mention(const Extraction& x) {
  for (const Mention& m : x.mentions)
    if (m.source == Mention::Source::kRole) return &m;
  return nullptr;
}

TEST(Roles, TitleWithANameInsideStandsForItsHolder) {
  // Seed 002 (Astana, August 2019): the envoy, not the United Nations, could not attend.
  Extraction x = EntityStage::get().extract(
      "أعربت فيه عن أسفها لأن الممثل الخاص للأمين العام للأمم المتحدة في سورية، سيضطر لعدم حضور المحادثات",
      "2019-08-02");
  const Mention* title = role_mention(x);
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->actor, "geir_pedersen");
  EXPECT_EQ(surface(x, *title), "الممثل الخاص للأمين العام للأمم المتحدة في سورية");
  // The gold annotates the names inside a title: they stay.
  EXPECT_TRUE(std::any_of(x.mentions.begin(), x.mentions.end(), [](const Mention& m) {
    return m.actor == "united_nations" && m.source != Mention::Source::kRole;
  }));
}

TEST(Roles, FormerTitleStandsForNoCurrentHolder) {
  // SaudiNewsNet, 2015: Sadat and Hariri are not the president and prime minister of that day.
  for (const char* text : {"من أبرزها اغتيال الرئيس المصري الراحل أنور السادات عام 1981",
                           "أودى بحياة رئيس الوزراء اللبناني السابق رفيق الحريري",
                           "وفي يوم الاثنين استقبل رئيس وزراء لبنان الأسبق",
                           "حيث التقت وزير الخارجية الإيراني حينها علي أكبر صالحي"}) {
    Extraction x = EntityStage::get().extract(text, "2015-07-20");
    EXPECT_EQ(role_mention(x), nullptr) << text;
  }
}

TEST(Roles, TitleAfterAnotherRoleIsNotItsHolder) {
  // SaudiNewsNet, 2015: Germany's vice-chancellor visited, not the chancellor.
  Extraction x = EntityStage::get().extract("وتأتي زيارة فابيوس بعد زيارة نائب المستشارة الالمانية", "2015-07-20");
  EXPECT_EQ(role_mention(x), nullptr);
  // The same title alone is the chancellor.
  Extraction alone = EntityStage::get().extract("وتأتي زيارة فابيوس بعد زيارة المستشارة الالمانية", "2015-07-20");
  ASSERT_NE(role_mention(alone), nullptr);
  EXPECT_EQ(role_mention(alone)->actor, "angela_merkel");
}

TEST(Roles, AGovernmentNamedAfterItsLeaderIsThatGovernment) {
  // SaudiNewsNet (2015): "نجحت إدارة الرئيس أوباما في إبرام اتفاق نووي مع إيران"; dev_07: "وأخذه
  // على حكومة الرئيس الحالي رجب طيب إردوغان عدم تجاوبها"; SaudiNewsNet: "بمساندة حكومة بنيامين
  // نتنياهو اليمنية".
  struct Case {
    const char* text;
    const char* body;
    const char* government;
  };
  for (const Case& c : {Case{"نجحت إدارة الرئيس أوباما في إبرام اتفاق نووي مع إيران", "إدارة الرئيس أوباما", "us_government"},
                        Case{"وأخذه على حكومة الرئيس الحالي رجب طيب إردوغان عدم تجاوبها",
                             "حكومة الرئيس الحالي رجب طيب إردوغان", "turkish_government"},
                        Case{"ويتعهد جيب بوش بمساندة حكومة بنيامين نتنياهو اليمنية", "حكومة بنيامين نتنياهو",
                             "israeli_government"}}) {
    Extraction x = EntityStage::get().extract(c.text, "2015-07-20");
    const Mention* body = role_mention(x);
    ASSERT_NE(body, nullptr) << c.text;
    EXPECT_EQ(surface(x, *body), c.body);
    EXPECT_EQ(body->actor, c.government);
    // The leader's name stays a name of its own.
    EXPECT_TRUE(std::any_of(x.mentions.begin(), x.mentions.end(), [](const Mention& m) {
      return m.type == EntityType::kPer && m.source != Mention::Source::kRole;
    })) << c.text;
  }
}

TEST(Roles, OnlyALeaderOfAGovernmentNamesOne) {
  // A title that is no leader's (حكومة وزير الخارجية) and a person who leads no government
  // (إدارة نادي … ) name no government.
  for (const char* text : {"وانتقدت حكومة وزير الخارجية سيرغي لافروف القرار",
                           "وطالبت إدارة النادي برئاسة هشام مرسي بحل العوائق"}) {
    Extraction x = EntityStage::get().extract(text, "2015-07-20");
    for (const Mention& m : x.mentions) EXPECT_FALSE(m.type == EntityType::kOrg && m.source == Mention::Source::kRole) << text;
  }
}

}  // namespace
}  // namespace marsad::testing

// Mention spans: names without their clitics, heads or epithets, on sentences of the seeds.
#include <gtest/gtest.h>

#include "linker_fixture.h"

namespace marsad {
namespace {

using testing::EntityStage;
using testing::find_mention;
using testing::surface;

TEST(MentionSpans, ConjunctionAndPrepositionAreLeftOut) {
  // 004: "الخلاف المستحكم بين داعش والنصرة ... يخلي فيها داعش مناطق للنصرة"
  Extraction x = EntityStage::get().extract(
      "لطالما تحدث القاصي والداني عن الخلاف المستحكم بين داعش والنصرة، لكن الأيام تثبت عكس ذلك، فالتنظيمان "
      "اتفقا مؤخرا وبشكل سري على صفقة يخلي فيها داعش مناطق للنصرة");
  const Mention* nusra = find_mention(x, "النصرة");  // و+النصرة: the article stays
  ASSERT_NE(nusra, nullptr);
  EXPECT_EQ(nusra->actor, "al_nusra_front");
  EXPECT_EQ(nusra->type, EntityType::kOrg);
  // ل+ال contracted: the span starts at the article's lam, as the gold has it.
  const Mention* contracted = find_mention(x, "لنصرة");
  ASSERT_NE(contracted, nullptr);
  EXPECT_EQ(contracted->actor, "al_nusra_front");
}

TEST(MentionSpans, ClitiAttachedCountry) {
  // 002: "روسيا وإيران من جهة، وتركيا من جهة ثانية"; and لتركيا: the span is تركيا.
  Extraction x = EntityStage::get().extract("ضامني مسار أستانا، روسيا وإيران من جهة، وتركيا من جهة ثانية. وقدمت الدعم لتركيا");
  int turkey = 0;
  for (const Mention& m : x.mentions) {
    if (m.actor != "turkey") continue;
    ++turkey;
    EXPECT_EQ(surface(x, m), "تركيا");
  }
  EXPECT_EQ(turkey, 2);
  ASSERT_NE(find_mention(x, "إيران"), nullptr);
  ASSERT_NE(find_mention(x, "أستانا"), nullptr);
}

TEST(MentionSpans, TitlesAreNotPartOfAPersonMention) {
  // 003: "إن وزير الخارجية الروسي سيرجي لافروف ناقش امس الاستعدادات"
  Extraction x = EntityStage::get().extract(
      "قالت وزارة الخارجية الروسية في بيان إن وزير الخارجية الروسي سيرجي لافروف ناقش امس الاستعدادات لمحادثات "
      "السلام المقبلة بشأن سوريا في قازاخستان مع نظيره التركي مولود تشاووش أوغلو",
      "2017-01-17");
  const Mention* lavrov = find_mention(x, "سيرجي لافروف");
  ASSERT_NE(lavrov, nullptr);
  EXPECT_EQ(lavrov->actor, "sergey_lavrov");
  EXPECT_EQ(lavrov->type, EntityType::kPer);
  ASSERT_NE(find_mention(x, "وزارة الخارجية الروسية"), nullptr);
  EXPECT_EQ(find_mention(x, "وزارة الخارجية الروسية")->actor, "russian_foreign_ministry");
  ASSERT_NE(find_mention(x, "مولود تشاووش أوغلو"), nullptr);
}

TEST(MentionSpans, HeadsAndEpithetsAreLeftOut) {
  // dev-style phrasing: "لجماعة جيش الإسلام", "حزب الله اللبناني".
  Extraction x = EntityStage::get().extract("وقال المكتب السياسي لجماعة جيش الإسلام إن حزب الله اللبناني أرسل مقاتلين");
  ASSERT_NE(find_mention(x, "جيش الإسلام"), nullptr);
  EXPECT_EQ(find_mention(x, "جيش الإسلام")->actor, "jaish_al_islam");
  ASSERT_NE(find_mention(x, "حزب الله"), nullptr);
  EXPECT_EQ(find_mention(x, "حزب الله اللبناني"), nullptr);
}

TEST(MentionSpans, NisbaAfterANounIsAnAdjective) {
  // 001: "وتقول مصادر سورية معارضة" — سورية is an adjective here, a name in "في سورية".
  Extraction x = EntityStage::get().extract("وتقول مصادر سورية معارضة إن الحل في سورية بعيد");
  int syria = 0;
  for (const Mention& m : x.mentions) syria += m.actor == "syria";
  EXPECT_EQ(syria, 1);
}

}  // namespace
}  // namespace marsad

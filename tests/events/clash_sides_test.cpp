// The two sides of a clash told as "بين X … من طرف، وY … من طرف آخر" (SOHR's reports, data/events/
// clause_words.tsv `side` row): the و after X's side joins X's allies, so the target is the first
// name after the من طرف that closes that side. Short phrases from SaudiNewsNet articles.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// SaudiNewsNet (AFP, 2015-07-31): three groups on one side, the regime forces on the other.
TEST(ClashSides, TheSideAfterMinTarafIsTheTarget) {
  const auto run = run_phrase(
      "دارت بعد منتصف ليل أمس اشتباكات بين الكتائب المقاتلة وجبهة النصرة وجبهة أنصار الدين من طرف، وقوات النظام من طرف آخر",
      "2015-07-31");
  const Event* e = run.event("اشتباكات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "al_nusra_front");
  EXPECT_EQ(e->target, "syrian_arab_army");
}

// SaudiNewsNet (2015): من جهة … من جهة أخرى splits the same way; Hezbollah is the regime's ally.
TEST(ClashSides, MinJihaSplitsTheSidesToo) {
  const auto run = run_phrase(
      "فدارت اشتباكات عنيفة بين قوات النظام وحزب الله من جهة، والفصائل المعارضة من جهة أخرى، في أطراف حي جوبر",
      "2015-07-31");
  const Event* e = run.event("اشتباكات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "syrian_arab_army");
  EXPECT_EQ(e->target, "syrian_opposition");
}

// "من طرف X" names who did it (by X), no side: the first name joined by و stays the target.
TEST(ClashSides, MinTarafBeforeANameIsNoSide) {
  const auto run = run_phrase("دارت اشتباكات بين قوات النظام وجبهة النصرة بعد هجوم من طرف تنظيم داعش", "2015-07-31");
  const Event* e = run.event("اشتباكات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "syrian_arab_army");
  EXPECT_EQ(e->target, "al_nusra_front");
}

}  // namespace
}  // namespace marsad

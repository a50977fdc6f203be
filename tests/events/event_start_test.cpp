// The start of an event the story has told (data/events/triggers.tsv, the phase flag of بدأ):
// وبدأت المعارك، منذ بدء المعارك, the noun right after the verb, is that event again, no new
// one; with an agent between (بدأ الجيش الباكستاني القصف) it is a new deed. Dev articles and
// SaudiNewsNet (SNN) quoted in short phrases, run through the pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// dev_15: the battle was told in the statement before; "وبدأت المعارك" is its start.
TEST(EventStart, TheStartOfABattleToldIsThatBattle) {
  const auto run = run_phrase(
      "وذكر بيان صادر عن المكتب الإعلامي لـ\"فيلق الشام\"، أن \"معركة تحرير تل وقرية القرقور قد بدأت منذ عصر "
      "الخميس\". وبدأت المعارك مباشرة بعد إصدار البيان، حيث استهدفت قوات المعارضة بالمدفعية الثقيلة منطقة \"تل "
      "القرقور\" تمهيداً للاقتحام.");
  EXPECT_EQ(run.event("المعارك"), nullptr);
}

// SNN aawsat 2015-07-21: the fighting in Yemen was told before; "منذ بدء المعارك" dates the
// aid ship by it.
TEST(EventStart, SinceTheStartOfTheFightingIsNoNewFight) {
  const auto run = run_phrase(
      "رست اول سفينة تنقل مساعدات إنسانية تابعة للأمم المتحدة، اليوم (الثلاثاء)، في مرفأ عدن بعد أربعة أشهر على بدء "
      "المعارك في البلاد. وقال محافظ عدن إنها السفينة الاولى التي ترسو في مرفا عدن منذ بدء المعارك في اواخر مارس "
      "(اذار).",
      "2015-07-21");
  int fights = 0;
  for (const auto& e : run.x.events) fights += e.cameo.starts_with("19");
  EXPECT_EQ(fights, 1);
}

// SNN aawsat 2015-07-21: with the Pakistani army between, "بدأ … القصف" is a new shelling even
// after the clashes told before.
TEST(EventStart, AnAgentBetweenMakesANewDeed) {
  const auto run = run_phrase(
      "لكن الاشتباكات على الحدود الشمالية بين البلدين في الأيام الأخيرة أثارت شكوكا. وقال المتحدث باسم وزارة الدفاع "
      "الهندية: «بدأ الجيش الباكستاني القصف وإطلاق النار على قرى أمامية في قطاع بونتش».",
      "2015-07-21");
  EXPECT_NE(run.event("القصف"), nullptr);
}

}  // namespace
}  // namespace marsad

// The negated copula ليس (data/events/modality.tsv, copula rows): a trigger word in its clause
// is part of what is said not to be (اليوم ليس هو يوم القتال، ليس مجرد عصابة بل واجهة لدول
// تستهدف), no deed that did or did not happen; "not the first time" (ليست أول مرة) asserts the
// deed after it (a guard row). SaudiNewsNet (SNN) articles quoted, run through the pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_no_event;
using events_testing::run_phrase;

// SNN aawsat 2015-07-21: "اليوم ليس هو يوم القتال" (a graduation speech) says what the day is
// not; nobody fights.
TEST(NegatedCopula, ThePredicateOfLaysaIsNoFight) {
  expect_no_event("قالت الآنسة فاونتين: «رجاء، دعوا عنكم حديثكم المشبع بالكراهية وعدم الاحترام.. اليوم ليس هو يوم القتال».",
                  "القتال");
}

// SNN almadina 2015-07-21: what ISIS is said to be (a front for states that target Saudi Arabia)
// is no attack on Saudi Arabia.
TEST(NegatedCopula, WhatAGroupIsNotIsNoDeed) {
  expect_no_event("الداخلية تشير الى قضية وهي أن «تنظيم داعش ليس مجرد عصابة بل واجهة لدول تستهدف السعودية».",
                  "تستهدف");
}

// SNN aawsat 2015-07-21: "ليست أول مرة تتهم فيها إسرائيل" asserts an accusation, one more of them.
TEST(NegatedCopula, NotTheFirstTimeKeepsTheDeed) {
  const auto run = run_phrase(
      "وهذه ليست أول مرة تتهم فيها إسرائيل أسرى محررين بالوقوف خلف عمليات في الضفة الغربية.", "2015-07-21");
  const Event* e = run.event("تتهم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, Modality::kAsserted);
}

}  // namespace
}  // namespace marsad

// A trigger word inside the name of an organisation or a place of several words is part of the
// name, not an event: مركز الملك سلمان للإغاثة gives no aid each time it is named, and مكتب الأمم
// المتحدة لتنسيق الشؤون الإنسانية coordinates nothing by being named. Short phrases of unseen
// SaudiNewsNet articles, run through the pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;
using events_testing::expect_no_event;

// SaudiNewsNet (2015-08): a title names the centre the man heads; naming it gives no aid.
TEST(TriggerInName, AnOrganisationsNameGivesNoAid) {
  expect_no_event(
      "استقبل المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية الدكتور عبدالله بن عبدالعزيز الربيعة "
      "وفد اللجنة الكويتية.", "للإغاثة");
  // The same word outside a name is still aid.
  auto aid = run_phrase("وأرسلت السعودية طائرة محملة بمواد الإغاثة إلى عدن.");
  EXPECT_NE(aid.event("الإغاثة"), nullptr);
}

// SaudiNewsNet (Reuters, 2015): the office speaks; its name is no coordination.
TEST(TriggerInName, AnOfficesNameIsNoCoordination) {
  auto run = run_phrase("وقال مكتب الامم المتحدة لتنسيق الشؤون الانسانية ان الوضع الاقتصادي تدهور.");
  EXPECT_EQ(run.event("لتنسيق"), nullptr);
  EXPECT_NE(run.event("وقال"), nullptr);
}

// SaudiNewsNet (2015-07): ميدان التحرير is a square in Cairo, not a liberation.
TEST(TriggerInName, ASquaresNameIsNoLiberation) {
  expect_no_event("لابنها الشاب الذي قتل في اضطرابات سياسية شهدها ميدان التحرير قبل 3 سنوات.", "التحرير");
}

}  // namespace
}  // namespace marsad

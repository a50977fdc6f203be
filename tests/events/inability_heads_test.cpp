// A deed the actor cannot do (لم تتمكن من، يعجز عن) or that cannot be done (لا يمكن) is a capacity
// or a general judgement, not an event an analyst can code
// (data/events/modality.tsv, topic cues). A seed sentence and short phrases from the dev articles
// run through the whole pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// seed 000: the factions have not been able to unite their ranks: no merger happened.
TEST(InabilityHeads, WhatAnActorCannotDoIsNoEvent) {
  auto ranks = run_phrase("بعد هزيمتها في حلب.فهي حتي الآن لم تتمكن من توحيد صفوفها.للدفاع عن المناطق.");
  EXPECT_EQ(ranks.event("توحيد"), nullptr);
  // dev_17 "يعجز عن سحق هؤلاء المحاربين الهواة": a rhetorical question about a capacity.
  auto crush = run_phrase("فهل يعقل أن التحالف الدولي يعجز عن سحق هؤلاء المحاربين الهواة؟");
  EXPECT_EQ(crush.event("سحق"), nullptr);
}

TEST(InabilityHeads, WhatCannotBeDoneIsNoEvent) {
  // dev_05 "حيال هزيمة تنظيم داعش. في نهاية الأمر، لا يمكن هزيمة التنظيم الإرهابي إلا بتكاتف": a
  // general judgement on what it takes, after the topic is named.
  auto defeat = run_phrase(
      "حيال هزيمة تنظيم داعش.\nفي نهاية الأمر، لا يمكن هزيمة التنظيم الإرهابي إلا بتكاتف مجموعة من الدعم الجوي.");
  EXPECT_EQ(defeat.event("هزيمة"), nullptr);
}

// dev_13 "بعدما تمكن التحالف الدولي من حسم الوضع في عدن": with no negation the actor did it.
TEST(InabilityHeads, WhatAnActorManagedToDoStaysAnEvent) {
  auto won = run_phrase("بعدما تمكن التحالف الدولي من حسم الوضع في عدن.");
  ASSERT_NE(won.event("حسم"), nullptr);
  EXPECT_EQ(won.event("حسم")->cameo.substr(0, 2), "19");
}

}  // namespace
}  // namespace marsad

// A side that will go to talks (data/events/triggers.tsv, row ذهب إلى محادثات): the future of ذهب
// with a word of talks or a venue of them in its sentence is the intent to meet (036); the saying
// that reports it gives way to it. Without such a word (ستذهب إلى طلب النادي) it is no meeting.
// Seed article and SaudiNewsNet (SNN) quoted in short phrases, run through the pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_event;
using events_testing::expect_no_event;

// seed 003: "وقال علوش إن المعارضة ستذهب إلي استانة" (the gold: 036, the opposition).
TEST(GoingToTalks, WillGoToAstanaIsIntentToMeet) {
  expect_event("وقال علوش إن المعارضة ستذهب إلي استانة لتحييد الدور الإجرامي لإيران.", "ستذهب", "036");
}

// seed 003: "إن الفصائل سوف تذهب وسوف يكون أول بحثها موضوع وقف إطلاق النار".
TEST(GoingToTalks, WillGoWithWhatToDiscussIsIntentToMeet) {
  expect_event(
      "وقال مسئول في جماعة مسلحة تنتمي للجيش السوري الحر إن الفصائل سوف تذهب وسوف يكون أول بحثها موضوع وقف إطلاق "
      "النار.",
      "سوف تذهب", "036");
}

// SNN aawsat 2015-07-21 (sport): the next step "will go to" a club's request; no talks.
TEST(GoingToTalks, WillGoToARequestIsNoMeeting) {
  expect_no_event("وأضاف: «الخطوة المقبلة ستذهب إلى طلب النادي البرتغالي لبطاقة اللاعب سعيد المولد الدولية».", "ستذهب");
}

}  // namespace
}  // namespace marsad

// Heading a delegation (ترأس وفد، سيرأس وفد، رأس وفد المملكة) names its part in talks or a
// meeting (046, data/events/triggers.tsv). Seed 002 and SaudiNewsNet (SNN) quoted in short
// phrases, run through the pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_actors;
using events_testing::expect_event;

// seed 002: the UN's delegation to the Astana talks, headed by the envoy's deputy.
TEST(DelegationHead, HeadingTheUnDelegationIsTalks) {
  expect_event("وسيرأس وفد الأمم المتحدة نائبه.", "وسيرأس وفد", "046");
  expect_actors("وسيرأس وفد الأمم المتحدة نائبه.", "وسيرأس وفد", "united_nations", "");
}

// SNN aawsat 2015-07-21: King Salman headed the Saudi delegation at the Arab summit.
TEST(DelegationHead, HeadingTheKingdomsDelegationIsAMeeting) {
  expect_event("وغادر مدينة شرم الشيخ بعد أن رأس وفد المملكة المشارك في القمة يرافقه رئيس الجمهورية اليمنية.", "رأس وفد",
               "04");
}

}  // namespace
}  // namespace marsad

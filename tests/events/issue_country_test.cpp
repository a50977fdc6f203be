// A country after an issue noun (data/events/argument_frames.tsv `issue` rows: أزمة، حل، اتفاق)
// is the one that question concerns, so an intent to cooperate or commit (CAMEO 03, `concerns`
// rows) is aimed at it; في + a place elsewhere stays where the event happened. Seed sentences,
// through the whole pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// Seed 000: the commitment is to Syria, whose crisis the solution settles.
TEST(IssueCountry, ACommitmentToTheCrisisOfACountry) {
  const auto run = run_phrase(
      "وأضاف تونر أن الولايات المتحدة ملتزمة بالحل السياسي للأزمة في سوريا من خلال عملية سورية خالصة", "2017-01-22");
  const Event* e = run.event("ملتزمة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "united_states");
  EXPECT_EQ(e->target, "syria");
}

// Seed 003: the issue noun may stand a few words after the trigger (للتوسط في التوصل لاتفاق).
TEST(IssueCountry, AnAgreementInACountry) {
  const auto run = run_phrase("وكانت روسيا وتركيا وإيران أعلنت قد انها مستعدة للتوسط في التوصل لاتفاق في سوريا", "2017-01-23");
  const Event* e = run.event("مستعدة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->target, "syria");
}

// Seed 003: after a noun that is no question (عقد مؤتمر في باريس) the place is the location,
// not the target of the event.
TEST(IssueCountry, APlaceAfterAnyOtherNounIsTheLocation) {
  const auto run = run_phrase("وكانت روسيا وتركيا وإيران أعلنت قد انها مستعدة للتوسط في عقد مؤتمر في باريس", "2017-01-23");
  const Event* e = run.event("مستعدة");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->target, "france");
}

}  // namespace
}  // namespace marsad

// A definite statement or meeting after a support word, with no actor of its own, points back
// to the one already told (event_extractor.cpp, why_not_an_event). A short passage from a dev
// article runs through the whole pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// dev_15: the statement of فيلق الشام is told, then "بعد إصدار البيان" names it again.
TEST(SupportReference, AStatementIssuedAgainIsTheOneAlreadyTold) {
  auto run = run_phrase(
      "وذكر بيان صادر عن المكتب الإعلامي لـ\"فيلق الشام\"، أن \"معركة تحرير تل وقرية القرقور قد بدأت منذ عصر "
      "الخميس\".\nوبدأت المعارك مباشرة بعد إصدار البيان.");
  ASSERT_NE(run.event("بيان"), nullptr);
  EXPECT_EQ(run.event("البيان"), nullptr);
  // The battle too was told in the statement ("معركة تحرير تل وقرية القرقور قد بدأت"): "وبدأت
  // المعارك" is its start, no new battle (the phase flag of بدأ; the gold codes none there).
  EXPECT_EQ(run.event("المعارك"), nullptr);
}

}  // namespace
}  // namespace marsad

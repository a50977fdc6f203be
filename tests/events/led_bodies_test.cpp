// A body a state leads, named by its head noun, a word of leading and the state (data/events/
// demonyms.tsv `led` and `leads` rows): تحالف تقوده الولايات المتحدة is the US-led coalition, not
// the United States. Short phrases from the dev articles run through the whole pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// dev_01 "طائرات حربية يعتقد أنها تابعة لتحالف تقوده الولايات المتحدة قصفت مواقع لجبهة النصرة".
TEST(LedBodies, ACoalitionLedByAStateIsTheCoalition) {
  const auto run = run_phrase("طائرات حربية يعتقد أنها تابعة لتحالف تقوده الولايات المتحدة قصفت مواقع لجبهة النصرة في شمال سوريا",
                              "2015-08-01");
  const Event* e = run.event("قصفت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "us_led_coalition");
  EXPECT_EQ(e->target, "al_nusra_front");
}

// dev_01 "إن أفراد الفرقة 30 تلقوا تدريبات ضمن برنامج تقوده الولايات المتحدة": a programme is
// no led body; the state that leads it gave the training.
TEST(LedBodies, AHeadNotListedLeavesTheState) {
  const auto run = run_phrase("إن أفراد الفرقة 30 تلقوا تدريبات ضمن برنامج تقوده الولايات المتحدة", "2015-08-01");
  const Event* e = run.event("تدريبات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "united_states");
  EXPECT_EQ(e->target, "division_30");
}

}  // namespace
}  // namespace marsad

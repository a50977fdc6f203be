// Two uses of force of one CAMEO root in one clause are one event when they tell the same deed
// twice (شن الطيران غارات … وقصف); aimed at two different named sides they are two deeds
// (event_extractor.cpp, merge_same_root). dev_21 (AFP, 2015-07-25) quoted in a short phrase,
// run through the pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// dev_21: the strikes on ISIS in Syria and the shelling of the PKK's camps in Iraq are two
// deeds of the Turkish army, not one.
TEST(DistinctTargets, ForceAgainstAnotherSideIsAnotherDeed) {
  auto run = run_phrase(
      "شنت مقاتلات تركية أمس السبت غارات جوية على مواقع لتنظيم داعش في سوريا وبدأت حملة قصف لمخيمات ناشطي حزب "
      "العمال الكردستاني في شمال العراق.");
  const Event* strikes = run.event("غارات");
  const Event* shelling = run.event("قصف");
  ASSERT_NE(strikes, nullptr);
  ASSERT_NE(shelling, nullptr);
  EXPECT_TRUE(shelling->cameo.starts_with("19"));
  EXPECT_EQ(strikes->target, "isis");
  EXPECT_EQ(shelling->target, "pkk");
}

}  // namespace
}  // namespace marsad

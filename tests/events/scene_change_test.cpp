// A sentence that opens on a place set off by a comma (وفي العراق، …) moves the story to another
// scene: its deeds do not carry the agent or the force told before it.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// SaudiNewsNet (Okaz, 2015-07-20): the coalition's air cover in Lahij does not make it the one
// that took buildings in Taiz.
TEST(SceneChange, APlaceOpeningASentenceDropsTheCarriedAgent) {
  auto run = run_phrase(
      "وجاء هذا التقدم بعد معارك تحت غطاء جوي مكثف من طائرات التحالف استهدف مخابئ ومواقع المتمردين. "
      "وفي تعز، التي تتجه إليها الأنظار، سيطرت المقاومة الشعبية على عدد من المباني.");
  const Event* e = run.event("سيطرت");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->source, "us_led_coalition");
}

}  // namespace
}  // namespace marsad

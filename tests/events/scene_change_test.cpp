// A sentence that opens on a place set off by a comma (وفي العراق، …) or on a connective of a news
// digest (إلى ذلك، من جهة أخرى: data/events/digest_openers.tsv) moves the story to another scene:
// its deeds do not carry the agent or the force told before it.
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

// SaudiNewsNet (Okaz, 2015-08): "إلى ذلك" opens the digest's next item; the lawyers who mean to
// sue al-Maliki are not the MP whose petition was told before.
TEST(SceneChange, ADigestConnectiveDropsTheCarriedAgent) {
  const std::string before =
      "وأعلن النائب سالم حسن أن حملة لجمع التوقيع ستبدأ خلال أيام داخل البرلمان بهذا الشأن. ";
  const std::string item =
      "يعتزم محامون عراقيون اللجوء إلى المحاكم الدولية لمقاضاة نائب الرئيس العراقي نوري المالكي بتهمة "
      "ارتكاب جرائم حرب.";
  auto run = run_phrase(before + "إلى ذلك، " + item);
  const Event* e = run.event("يعتزم");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->source.empty()) << e->source;
}

}  // namespace
}  // namespace marsad

// "على يد X، على أيدي X" (at the hands of X) names the agent of the deed before it, as من قبل
// does (clause_words.tsv `hands`): X is the source, not the target. Short phrases of
// SaudiNewsNet articles.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_actors;
using events_testing::run_phrase;

// SNN aawsat 2015-07-21 (a photographer's prize): Aleppo "undergoes systematic destruction at
// the hands of the regime's army": the army destroys.
TEST(HandsAgent, TheArmyAtWhoseHandsIsTheSource) {
  expect_actors("فاز بالجائزة بسبب تغطيته التصويرية المميزة لمدينة حلب، التي تتعرض للتدمير الممنهج على يد جيش النظام.",
                "للتدمير", "syrian_arab_army", "");
}

// SNN aawsat 2015-07-21: James Foley "was executed by beheading at the hands of Daesh":
// Daesh killed him.
TEST(HandsAgent, DaeshAtWhoseHandsKilled) {
  const auto run = run_phrase("لم يكن جيمس فولي الذي تعرّض للإعدام ذبحا على يد «داعش» من الصحافيين الذين سبق لأليكس أن سمعت عنهم.");
  const Event* e = run.event("للإعدام");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "isis");
  EXPECT_NE(e->target.find("فولي"), std::string::npos) << e->target;
}

}  // namespace
}  // namespace marsad

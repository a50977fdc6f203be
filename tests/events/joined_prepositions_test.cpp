// A preposition after the conjunction و or ف (وفي العراق، …) is still a preposition: the place
// after it sets the scene and is no subject or topic of the clause that follows. Short phrases
// from the dev articles, through the whole pipeline.
#include <gtest/gtest.h>

#include <string>

#include "gold_fixture.h"
#include "pipeline/pipeline.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// dev_24: the attacks in Baghdad are unclaimed; Iraq is where they happened, not who did them.
TEST(JoinedPrepositions, AFrontedPlaceAfterWaFiIsNoAgent) {
  const auto run = run_phrase("وفي العراق، قتل 21 شخصا على الأقل الأربعاء في هجمات", "2015-07-23");
  const Event* e = run.event("هجمات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "");
}

// The fronted place does not hide a subject the clause names after it.
TEST(JoinedPrepositions, TheClauseKeepsItsOwnSubject) {
  const auto run = run_phrase("وفي العراق، شن تنظيم داعش هجمات على بغداد", "2015-07-23");
  const Event* e = run.event("هجمات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "isis");
}

}  // namespace
}  // namespace marsad

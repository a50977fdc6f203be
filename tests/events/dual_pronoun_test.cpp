// A dual pronoun on a deed (عزمهما) names two actors joined by و before it: the first is the
// source and the second the other side, whatever a ل phrase after the deed names. A short
// phrase from a dev article, through the whole pipeline.
#include <gtest/gtest.h>

#include <string>

#include "gold_fixture.h"
#include "pipeline/pipeline.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// dev_01: the intention is Washington's and Ankara's together; the opposition fighters are who
// the air cover is for.
TEST(DualPronoun, TheSecondOfThePairIsTheOtherSide) {
  const auto run = run_phrase("وأعلنت واشنطن وأنقرة هذا الأسبوع عزمهما توفير غطاء جوي لمقاتلي المعارضة السورية", "2015-07-30");
  const Event* e = run.event("عزمهما");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "united_states");
  EXPECT_EQ(e->target, "turkey");
}

}  // namespace
}  // namespace marsad

// Putting a name on a list with a verb of placing (وضعت واشنطن قوات الدفاع الوطني على لائحة
// الارهاب): the name right before على is the list's target, the verb's subject its source.
// A phrase quoted from data/corpus/seeds runs through the whole pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"
#include "pipeline/pipeline.h"

namespace marsad {
namespace {

using events_testing::PhraseRun;
using events_testing::run_phrase;

// Seed 001: Washington had put the National Defence Forces on its terror list; the forces are
// designated, not the designator.
TEST(ListDesignation, TheNameBeforeOnIsPutOnTheListByTheSubject) {
  PhraseRun run = run_phrase(
      "وتقول المعلومات ان المعضلة الاساس تكمن في ان واشنطن كانت قد وضعت قوات الدفاع الوطني على لائحة الارهاب "
      "الامريكية.");
  const Event* e = run.event("لائحة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "united_states");
  EXPECT_EQ(e->target, "national_defense_forces");
}

}  // namespace
}  // namespace marsad

// Putting a name on a list with a verb of placing (وضعت واشنطن قوات الدفاع الوطني على لائحة
// الارهاب): the name right before على is the list's target, the verb's subject its source.
// A phrase quoted from data/corpus/seeds runs through the whole pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"
#include "pipeline/pipeline.h"

namespace marsad {
namespace {

using events_testing::expect_actors;

// Seed 001: Washington had put the National Defence Forces on its terror list; the forces are
// designated, not the designator.
TEST(ListDesignation, TheNameBeforeOnIsPutOnTheListByTheSubject) {
  expect_actors(
      "وتقول المعلومات ان المعضلة الاساس تكمن في ان واشنطن كانت قد وضعت قوات الدفاع الوطني على لائحة الارهاب "
      "الامريكية.",
      "لائحة", "united_states", "national_defense_forces");
}

}  // namespace
}  // namespace marsad

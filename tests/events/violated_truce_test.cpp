// A ceasefire named right after its violation (انتهاكات حكومية لوقف إطلاق النار) is the object
// of the violation (196), not a ceasefire agreed (0871): the violation row's longer form covers it
// (data/events/triggers.tsv, longest match).
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// seed 003: the opposition cancelled talks over government violations of the ceasefire.
TEST(ViolatedTruce, TheCeasefireIsTheViolationsObject) {
  auto run = run_phrase(
      "وفي وقت سابق هذا الشهر ألغت المعارضة أي محادثات بشأن مشاركتها في اجتماع استانة بسبب ما قالت إنه انتهاكات "
      "حكومية لوقف إطلاق النار الذي توسطت فيه روسيا وتركيا.");
  EXPECT_EQ(run.event("لوقف"), nullptr);
  ASSERT_NE(run.event("انتهاكات"), nullptr);
  EXPECT_EQ(run.event("انتهاكات")->cameo, "196");
}

}  // namespace
}  // namespace marsad

// A trigger noun in the accusative (the tanwin alif: بيانا، هجوما) is the object of the verb
// before it, so its agent is that verb's subject even when a relative clause stands between
// them and no support verb reaches the noun. A shortened phrase from a dev article, through the
// whole pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// dev_23 "واصدرت “غرفة عمليات حلب” التي تضم مجموعة من الفصائل … بدورها امس بيانا": the room
// that the relative clause describes issued the statement, not a faction named inside it.
TEST(ObjectNouns, TheSubjectBeforeARelativeClauseIssuedIt) {
  const auto run = run_phrase("واصدرت “غرفة عمليات حلب” التي تضم مجموعة من الفصائل بدورها امس بيانا", "2015-07-29");
  const Event* e = run.event("بيانا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "aleppo_operations_room");
}

}  // namespace
}  // namespace marsad

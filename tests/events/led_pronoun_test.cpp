// A name after a word of leading (بقيادة، برئاسة; data/events/clause_words.tsv `leading`) describes
// the body before it: a pronoun that agrees with that body points back to it, not to its leader.
// Seed sentences, through the whole pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// Seed 004: "وتسليم هذه المناطق إلى هيئة تحرير الشام بقيادة النصرة، لتسهيل سيطرتها": the
// control is the Hay'at's.
TEST(LedPronoun, ThePronounNamesTheBodyNotItsLeader) {
  const auto run = run_phrase(
      "أن الاتفاق يقضي بانسحاب داعش من القلمون الشرقي وريف حماة الشرقي وريف درعا، وتسليم هذه المناطق إلى هيئة تحرير الشام "
      "بقيادة النصرة، لتسهيل سيطرتها لاحقا على الغوطة الشرقية",
      "2017-03-01");
  const Event* e = run.event("سيطرتها");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "hayat_tahrir_al_sham");
}

}  // namespace
}  // namespace marsad

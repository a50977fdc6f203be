// A withdrawal followed by a handing over joined by و (data/events/argument_frames.tsv
// `handover`): the side the ground went to is the withdrawal's target.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_actors;

// Seed 004 (data/corpus/seeds/004_fb28ff19c70edb97.txt).
TEST(HandoverTarget, TheGroundLeftGoesToTheTarget) {
  expect_actors(
      "وأوضح أن الاتفاق يقضي بانسحاب داعش من القلمون الشرقي وريف حماة الشرقي وريف درعا، وتسليم هذه المناطق إلى "
      "هيئة تحرير الشام بقيادة النصرة.",
      "بانسحاب", "isis", "hayat_tahrir_al_sham");
}

}  // namespace
}  // namespace marsad

// Two persons named right after the pair of bodies they lead, in the same order (بين قائدي داعش
// والنصرة أبي بكر البغدادي وأبي محمد الجولاني): the persons are the two sides of the deed, as
// the gold codes an agreement between the leaders.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_actors;

// Seed 004 (data/corpus/seeds/004_fb28ff19c70edb97.txt).
TEST(RespectiveLeaders, ThePersonsAfterThePairOfGroupsAreTheSides) {
  expect_actors("هذا الانسحاب بلا قتال، يأتي وفقا لاتفاق بين قائدي داعش والنصرة أبي بكر البغدادي وأبي محمد الجولاني.",
                "لاتفاق", "abu_bakr_al_baghdadi", "abu_mohammad_al_julani");
}

// With no persons after them, the groups stay the sides.
TEST(RespectiveLeaders, WithoutPersonsTheGroupsStay) {
  expect_actors("هذا الانسحاب بلا قتال، يأتي وفقا لاتفاق بين داعش والنصرة.", "لاتفاق", "isis", "al_nusra_front");
}

}  // namespace
}  // namespace marsad

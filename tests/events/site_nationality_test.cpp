// A site named with its state's nationality adjective (قاعدة حميميم الروسية): the state holds the
// site, so a deed against it is against the state (src/events/event_text.cpp add_demonyms).
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_actors;

// Seed 002 (data/corpus/seeds/002_979cc18ec33a5328.txt).
TEST(SiteNationality, AnAttackOnANamedBaseOfAStateTargetsTheState) {
  expect_actors(
      "وقالت الوزارة إن لديها معطيات عن إعداد المسلحين لهجمات جديدة ضد قاعدة حميميم الروسية في ريف اللاذقية.",
      "لهجمات", "", "russia");
}

}  // namespace
}  // namespace marsad

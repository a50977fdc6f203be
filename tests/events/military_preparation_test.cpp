// Preparing (data/events/triggers.tsv, rows استعد and استعداد, 154): a mobilisation only with a
// word of war in its sentence (ويستعد لمعركة حاسمة في الرقة); a team preparing for the season or
// a family for a trip is no event. Seed article and SaudiNewsNet (SNN) quoted in short phrases.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_event;
using events_testing::expect_no_event;

// seed 004: ISIS "يستعد لمعركة حاسمة في الرقة" (the gold: 154, ISIS).
TEST(MilitaryPreparation, PreparingForABattleIsMobilisation) {
  expect_event(
      "التنظيم الذي يتلقى ضربات موجعة في العراق وسوريا، ويستعد لمعركة حاسمة في الرقة.", "ويستعد", "154");
  expect_event("مقابل أن تسهل جبهة النصرة عبور الإمدادات لداعش، في ظل استعداد مسلحي داعش لمعركة الرقة.", "استعداد",
               "154");
}

// SNN almadina 2015-07-21: a football team back at training "استعدادا للموسم المقبل".
TEST(MilitaryPreparation, ATeamPreparingForTheSeasonIsNoEvent) {
  expect_no_event("عاود الفريق الأول لكرة القدم بنادي النصر تدريباته أمس استعدادا للموسم المقبل.", "استعدادا");
}

}  // namespace
}  // namespace marsad

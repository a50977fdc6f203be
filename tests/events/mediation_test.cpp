// Mediation (045): the verb توسط mediates between parties or in a matter (بين، فيه); with a plain
// object it lies in the middle of something (needs_after= in data/events/triggers.tsv).
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_event;
using events_testing::expect_no_event;

// SaudiNewsNet: a city that lies in the middle of a bank, a ramp in the middle of a stage, is no
// mediation; mediating is between parties (يتوسط بين).
TEST(Mediation, LyingInTheMiddleIsNoMediation) {
  expect_no_event("هنا مدينة الإسماعيلية التي تتوسط جانب المجرى من ناحية الغرب.", "تتوسط");
  expect_no_event("حيث توسطت المسرح شبه حلبة تزلج من الخشب، تبين فيما بعد أنها خلفية مهمة.", "توسطت");
  expect_event("لكنه ذهب قبل ذلك يتوسط بين الحاج أمين الحسيني وحلفائه ويحاضر في مخاطر الصهيونية.", "يتوسط", "045");
}

}  // namespace
}  // namespace marsad

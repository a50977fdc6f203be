// A killing of oneself (قتل نفسه، قتلوا أنفسهم) attacks nobody: no 19x event. A suicide bombing
// is its own row of data/events/triggers.tsv (فجر نفسه, 1831). Short phrases of SaudiNewsNet
// articles.
#include <gtest/gtest.h>

#include <string>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_event;
using events_testing::expect_no_event;

// SaudiNewsNet (an opinion article on recruiters of suicide attackers): the promise of paradise
// "if they kill themselves" tells no attack; the government forces that killed 143 people did
// kill (190, a report of the Syrian Network for Human Rights).
TEST(ReflexiveKilling, KillingOneselfAttacksNobody) {
  expect_no_event("ويعدهم بالجنة ونعيمها إذا هم قتلوا أنفسهم.", "قتلوا");
  expect_event("ووفق التقرير فإن القوات الحكومية قتلت 143 شخصًا، يتوزعون إلى 19 مسلحًا، و124 مدنيًا.", "قتلت", "19");
}

}  // namespace
}  // namespace marsad

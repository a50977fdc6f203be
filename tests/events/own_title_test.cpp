// A nationality that ends the source's own title (الرئيس الاميركي باراك أوباما) names no target:
// the search for a target after the trigger passes over it.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_actors;

// SaudiNewsNet (aljazirah, 2015-07-21).
TEST(OwnTitle, TheSpeakersNationalityIsNoTarget) {
  expect_actors("وأعرب الرئيس الاميركي باراك أوباما عن ارتياحه لهذه «الرسالة الواضحة» من الأمم المتحدة المؤيدة للاتفاق.",
                "وأعرب", "barack_obama", "");
}

// SaudiNewsNet (aawsat, 2015-07-21).
TEST(OwnTitle, TheMinistersNationalityIsNoTarget) {
  expect_actors("في غضون ذلك، دافع وزير الخارجية الأميركي جون كيري أمس عن مهلة الـ 24 يوماً التي يمنحها الاتفاق لطهران.",
                "دافع", "john_kerry", "");
}

}  // namespace
}  // namespace marsad

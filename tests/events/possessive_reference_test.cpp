// A noun made definite by a possessive pronoun (اجتماعه، هجماتها) points back to an event of
// its kind already told, as one with the article does (الاجتماع): with no actor of its own it
// is no new event. Short phrases from a SaudiNewsNet article (Asharq Al-Awsat, 2015, on OPEC),
// run through the whole pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

constexpr const char* kOpecMeeting =
    "في الفترة بعد اجتماع «أوبك» التاريخي الذي عقد في نوفمبر الماضي، واتفقت فيه الدول على الإبقاء على سقف "
    "الإنتاج كما هو. ";
constexpr const char* kCabinet = "وأبدى مجلس الوزراء السعودي حينها في بيان عقب اجتماعه الأسبوعي ارتياحه من القرار.";

TEST(PossessiveReference, AMeetingWithAPronounAfterOneToldIsNoNewMeeting) {
  auto run = run_phrase(std::string(kOpecMeeting) + kCabinet);
  const Event* opec = run.event("اجتماع");
  ASSERT_NE(opec, nullptr);
  EXPECT_EQ(opec->cameo.substr(0, 2), "04");
  EXPECT_EQ(run.event("اجتماعه"), nullptr);
}

// With no meeting told before, the same words tell one: the rule reads back, it drops no
// meeting by its form alone.
TEST(PossessiveReference, WithNothingToldBeforeTheNounStays) {
  auto run = run_phrase(kCabinet);
  const Event* meeting = run.event("اجتماعه");
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(meeting->cameo.substr(0, 2), "04");
}

}  // namespace
}  // namespace marsad

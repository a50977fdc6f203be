// "In the presence of" (بحضور X، في حضور X، وحضور X) tells who was at the meeting, session or
// ceremony its sentence names; the meeting is the event, the presence no attendance (044) of its
// own: a formula row of data/events/triggers.tsv takes the words.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_event;
using events_testing::expect_no_event;
using events_testing::run_phrase;

// dev_03: a meeting in Jeddah with Russian officials present; the gold codes the meeting only.
TEST(PresencePhrase, PresenceAtAMeetingIsTheMeeting) {
  auto run = run_phrase(
      "كشف مصدر سعودي عن اجتماع في مدينة جدة السعودية قبل عدة أيام، ضم مدير جهاز الأمن القومي للنظام السوري "
      "اللواء علي مملوك، بمسؤولين سعوديين، وحضور مسؤولين روس.");
  EXPECT_NE(run.event("اجتماع"), nullptr);
  EXPECT_EQ(run.event("وحضور"), nullptr);
}

// SNN (2015-07-20): a ceremony held in the presence of guests.
TEST(PresencePhrase, PresenceAtACeremonyIsNoAttendance) {
  expect_no_event("أقيم الحفل في قاعة الأسطورة في الرياض بحضور عدد من وجهاء المجتمع.", "بحضور");
}

// seed 000: attending talks, told by a verb, stays an attendance.
TEST(PresencePhrase, AttendingTalksStaysAnEvent) {
  expect_event("وقال تونر إن السفير الأمريكي لدى قازاخستان جورج كرول سيحضر المحادثات التي ستجري غدا.", "سيحضر",
               "044");
}

}  // namespace
}  // namespace marsad

// A meeting noun followed by a verb of bringing together (data/events/clause_words.tsv
// `gathers`): the first name after the verb met the one joined to it by ب, مع or و, as with
// بين X و Y; a person named later in the first name's title is the one who met.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_actors;

// dev_03: the Syrian security chief met Saudi officials; the Russians only attended.
TEST(GatheredMeeting, TheVerbAfterTheMeetingNamesBothSides) {
  expect_actors(
      "كشف مصدر سعودي عن اجتماع في مدينة جدة السعودية قبل عدة أيام، ضم مدير جهاز الأمن القومي للنظام السوري "
      "اللواء علي مملوك، بمسؤولين سعوديين، وحضور مسؤولين روس.",
      "اجتماع", "ali_mamlouk", "saudi_arabia");
}

// SaudiNewsNet (aleqtisadiya, 2015-07-21): "خلال لقاء تاريخي جمع المغفور له الملك عبدالله بن
// عبدالعزيز وبابا الفاتيكان".
TEST(GatheredMeeting, TheSecondSideMayBeJoinedByWaw) {
  expect_actors(
      "وأكد أن فكرته انطلقت في عام 2005 خلال لقاء تاريخي جمع المغفور له الملك عبدالله بن عبدالعزيز وبابا "
      "الفاتيكان حينئذ بينتديكت السادس عشر.",
      "لقاء", "king_abdullah_bin_abdulaziz", "vatican_city");
}

}  // namespace
}  // namespace marsad

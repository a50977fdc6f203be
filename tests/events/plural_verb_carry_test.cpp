// A masculine plural verb with no subject of its own (قتلوا، أسروا) agrees with a plural of people,
// not with the state or the person told before it: the agent told before is carried only when
// its last mention is such a plural (الحوثيين، المسلحون).
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// SaudiNewsNet (aawsat, 2015-07-21), Burundi: the attackers killed are no deed of the Burundian
// army told in the sentence before.
TEST(PluralVerbCarry, APluralVerbDoesNotCarryAStateAgent) {
  const auto run = run_phrase(
      "إلى ذلك، دارت مساء أول من أمس معارك بين الجيش البوروندي والجماعات المسلحة في شمال البلاد، بحسب ما قال "
      "ضابط بوروندي في المقاطعة لوكالة الصحافة الفرنسية. وأضاف نفس المصدر أن «ثمانية مهاجمين قتلوا في كيروهورا، "
      "واثنين في كاتو».");
  const Event* killed = run.event("قتلوا");
  ASSERT_NE(killed, nullptr);
  EXPECT_EQ(killed->source, "");
}

}  // namespace
}  // namespace marsad

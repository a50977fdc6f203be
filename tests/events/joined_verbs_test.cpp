// A verb joined by و to a verb before it in its sentence (واتصل … ولم يتصل) shares that verb's
// subject: a name between the two stands in the first verb's complement, not the second verb's
// subject. A verb after بأنه reports and is joined to nothing before it. Seed articles with the gold mentions (gold_fixture.h);
// the sentences quoted are from data/corpus/seeds.
#include <gtest/gtest.h>

#include <string>

#include "gold_fixture.h"

namespace marsad {
namespace {

const Event* seed_event(const std::string& doc, const std::string& trigger, const std::string& context) {
  return events_testing::find_event(events_testing::seed_on_gold(doc), trigger, context);
}

// Seed 001 "ان احمد عوينان الجربا خرج غاضبا من الاجتماع واتصل بالدول الست الاساس في ما يسمى
// مجموعة اصدقاء الشعب السوري ( امريكا ، فرنسا، بريطانيا ، السعودية ، قطر ، الامارات) ولم يتصل
// بالجانب التركي": the call not made is al-Jarba's, as is the one made.
TEST(JoinedVerbs, ANegatedVerbJoinedByWawSharesTheSubject) {
  const Event* called = seed_event("001_4adcd82f8367ead6", "واتصل", "بالدول الست");
  ASSERT_NE(called, nullptr);
  EXPECT_EQ(called->source, "ahmad_jarba");
  const Event* not_called = seed_event("001_4adcd82f8367ead6", "يتصل", "بالجانب التركي");
  ASSERT_NE(not_called, nullptr);
  EXPECT_EQ(not_called->source, "ahmad_jarba");
  EXPECT_EQ(not_called->target, "turkey");
}

// Seed 004 "مما دفعه لتحذير أهالي القلمون مما وصفها بالمكيدة، متهما قائد النصرة الجولاني، بأنه
// أسقط القلمون الغربي وحلب وخان الشيخ، وسلم مخيمي اليرموك والحجر الأسود لداعش": وسلم continues
// the charge after بأنه, whose subject is the accused, not the accuser (جيش الإسلام).
TEST(JoinedVerbs, AVerbAfterBannahuIsJoinedToNothingBeforeIt) {
  const Event* handed = seed_event("004_fb28ff19c70edb97", "وسلم", "مخيمي اليرموك");
  ASSERT_NE(handed, nullptr);
  EXPECT_NE(handed->source, "jaish_al_islam");
  EXPECT_EQ(handed->target, "isis");
}

}  // namespace
}  // namespace marsad

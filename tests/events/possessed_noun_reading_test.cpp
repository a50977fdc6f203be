// سيطرتها reads as the verb سيطرت with an object pronoun or as the verbal noun سيطرة with a
// possessive. Where no finite verb can stand (after a free preposition, or in construct with a
// verbal noun a glued preposition governs: لتسهيل سيطرتها) it is the noun, and the pronoun names
// who takes control. Sentence from seed article 004. A verb that takes a direct object keeps its
// reading: the possessive of its verbal noun is as often the object (بعدم استضافته: he is the
// guest), from a SaudiNewsNet article (2015, on an Egyptian preacher).
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

constexpr const char* kHandover =
    "ويكشف ما يسمى بالقاضي الشرعي في جيش الإسلام سمير الكعكة، أن الاتفاق يقضي بانسحاب داعش من القلمون الشرقي "
    "وريف حماة الشرقي وريف درعا، وتسليم هذه المناطق إلى هيئة تحرير الشام بقيادة النصرة، لتسهيل سيطرتها لاحقا على "
    "الغوطة الشرقية، مقابل أن تسهل جبهة النصرة عبور الإمدادات لداعش من مناطق سيطرتها.";

TEST(PossessedNounReading, ThePronounOfTheNounIsWhoTakesControl) {
  auto run = run_phrase(kHandover);
  const Event* control = run.event("سيطرتها");
  ASSERT_NE(control, nullptr);
  EXPECT_EQ(control->cameo.substr(0, 3), "192");
  // The group handed the areas, not the one that withdraws from them.
  EXPECT_TRUE(control->source == "hayat_tahrir_al_sham" || control->source == "al_nusra_front") << control->source;
}

constexpr const char* kPreacher =
    "من جانبه أعلن الدكتور محمد مختار جمعة، وزير الأوقاف المصري إن الوزارة قررت منع الداعية الشيخ محمد جبريل من "
    "أي عمل داخل المساجد. وقال جمعة سنخاطب التليفزيون المصري وسنطلب منه عدم إذاعة أي تسجيلات لجبريل كما سنطالب "
    "الدول العربية بعدم استضافته أو السماح له بممارسة أي أعمال بمساجدها.";

TEST(PossessedNounReading, TheGuestOfAHostingIsNoHost) {
  auto run = run_phrase(kPreacher);
  const Event* hosting = run.event("استضافته");
  ASSERT_NE(hosting, nullptr);
  EXPECT_EQ(hosting->source.find("جبريل"), std::string::npos) << hosting->source;
}

}  // namespace
}  // namespace marsad

// Verbal nouns with ل that name a purpose or what a noun is for (no event of their own), and
// attacks whose victims are people (an assault, CAMEO 18, not a battle, 19). Seed articles run
// with the gold mentions (gold_fixture.h; sentences quoted from data/corpus/seeds); short
// phrases from the dev articles run through the whole pipeline.
#include <gtest/gtest.h>

#include <algorithm>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::GoldRun;
using events_testing::PhraseRun;
using events_testing::run_phrase;

// Events whose trigger text starts with `word`.
std::vector<const Event*> triggered(const std::string& text, const std::vector<Event>& events, const std::string& word) {
  std::vector<const Event*> out;
  for (const auto& e : events)
    if (events_testing::substring(text, e.trigger).starts_with(word)) out.push_back(&e);
  return out;
}
std::vector<const Event*> triggered(const GoldRun& run, const std::string& word) {
  return triggered(run.document.text, run.extraction.events, word);
}
std::vector<const Event*> triggered(const PhraseRun& run, const std::string& word) {
  return triggered(run.doc.text, run.x.events, word);
}

// seed 004 "وتسليم هذه المناطق إلى هيئة تحرير الشام بقيادة النصرة، لتسهيل سيطرتها لاحقا على
// الغوطة الشرقية" and seed 003 "بما في ذلك لقاءات ثنائية مع عدد من دول في المنطقة العربية,
// لمناقشة سبل المضي قدما": after a clause break, the ل-noun is the purpose of the deed before it.
TEST(PurposeNouns, AfterAClauseBreakTheyAreThePurposeOfTheDeedBefore) {
  const GoldRun& s004 = events_testing::seed_on_gold("004_fb28ff19c70edb97");
  EXPECT_TRUE(triggered(s004, "لتسهيل").empty());
  const GoldRun& s003 = events_testing::seed_on_gold("003_b370dc8600bd6f38");
  EXPECT_TRUE(triggered(s003, "لمناقشة").empty());
  // The deeds themselves stay (وتسليم هذه المناطق، لقاءات ثنائية).
  EXPECT_FALSE(triggered(s004, "وتسليم").empty());
  EXPECT_FALSE(triggered(s003, "لقاءات").empty());
}

// seed 003 "بعد أن تعرضت المعارضة لهزيمة كبيرة الشهر الماضي": a ل-noun a verb governs stays an
// event; dev_05 "بالقوات البرية اللازمة لهزيمة التنظيم": after a definite noun and its
// adjective it is what the forces are needed for.
TEST(PurposeNouns, AfterANounWithItsAdjectiveTheyNameWhatItIsFor) {
  const GoldRun& s003 = events_testing::seed_on_gold("003_b370dc8600bd6f38");
  auto defeat = triggered(s003, "لهزيمة");
  ASSERT_EQ(defeat.size(), 1u);
  EXPECT_EQ(defeat[0]->cameo.substr(0, 2), "19");
  PhraseRun needed = run_phrase("وقال إنهم لن يدفعوا بالقوات البرية اللازمة لهزيمة تنظيم داعش.");
  EXPECT_TRUE(triggered(needed, "لهزيمة").empty());
}

// dev_24 "قتل خمسة أشخاص وجرح 16 في هجوم استهدف منطقة الشعب": an attack whose victims are
// people is an assault (180); seed 001 "هزيمة ( جبهة ثوار سوريا) و (حركة حزم) امام الهجوم الكاسح
// لجبهة النصرة" is a battle between armed groups (190).
TEST(AttackVictims, AnAttackOnPeopleIsAnAssaultNotABattle) {
  PhraseRun people = run_phrase("قتل خمسة أشخاص وجرح 16 في هجوم استهدف منطقة الشعب في بغداد.");
  auto attack = triggered(people, "هجوم");
  ASSERT_EQ(attack.size(), 1u);
  EXPECT_EQ(attack[0]->cameo, "180");
  const GoldRun& s001 = events_testing::seed_on_gold("001_4adcd82f8367ead6");
  auto battle = triggered(s001, "الهجوم");
  ASSERT_FALSE(battle.empty());
  EXPECT_EQ(battle[0]->cameo.substr(0, 2), "19");
}

// dev_13 "هو يريد تهدئة داخلية": calming in general is no ceasefire.
TEST(TriggerWords, CalmingIsNoCeasefire) {
  PhraseRun calm = run_phrase("وقال إن حسن نصرالله يريد تهدئة داخلية في لبنان.");
  EXPECT_TRUE(triggered(calm, "تهدئة").empty());
}

}  // namespace
}  // namespace marsad

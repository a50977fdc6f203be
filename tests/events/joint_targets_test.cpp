// Whom a deed is aimed at when several are named: one event per target of a deed against
// several named together, as analysts code it (the names joined to the target by و: محاربة
// الجماعات الكردية وتنظيم داعش; the two groups or states a dual noun stands for: اتهمت السلطات
// التركية التنظيمين، بين البلدين); and names that are no side of the trigger noun (after a masdar
// of purpose: الحملة العسكرية لمواجهة داعش; after a word of backing: بدعم عسكري من روسيا). Seed
// articles run with the gold mentions (gold_fixture.h; sentences quoted from data/corpus/seeds);
// short phrases from the dev and SaudiNewsNet articles run through the whole pipeline.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "gold_fixture.h"
#include "pipeline/pipeline.h"

namespace marsad {
namespace {

using events_testing::PhraseRun;
using events_testing::run_phrase;

// The targets of the events of `x` whose trigger text starts with `trigger` and whose clause
// holds `context`, by source.
std::multiset<std::string> targets_of(const std::string& text, const Extraction& x, const std::string& trigger,
                                      const std::string& context, const std::string& source) {
  std::multiset<std::string> out;
  for (const auto& e : x.events)
    if (events_testing::substring(text, e.trigger).starts_with(trigger) &&
        events_testing::substring(text, e.evidence).find(context) != std::string::npos && e.source == source)
      out.insert(e.target);
  return out;
}

// Seed 003 "تحولت من الإطاحة بالأسد إلي محاربة الجماعات الكردية وتنظيم داعيش الإرهابي": the head
// noun of the second group (وتنظيم) stands outside its name and joins it to the first; Turkey
// fights each.
TEST(JointTargets, ANameJoinedThroughItsGroupHeadIsATargetOfItsOwn) {
  const auto& run = events_testing::seed_on_gold("003_b370dc8600bd6f38");
  EXPECT_EQ(targets_of(run.document.text, run.extraction, "محاربة", "الجماعات الكردية", "turkey"),
            (std::multiset<std::string>{"isis", "kurdish_armed_groups"}));
}

// dev_21 "واتهمت السلطات التركية التنظيمين بالوقوف وراءها" after strikes on داعش and the PKK: the
// accusation is aimed at both groups of the pair.
TEST(JointTargets, ADualObjectIsAimedAtBothOfThePair) {
  PhraseRun run = run_phrase(
      "شنت مقاتلات تركية غارات جوية على مواقع لتنظيم داعش وبدأت حملة قصف لمخيمات ناشطي حزب العمال "
      "الكردستاني. واتهمت السلطات التركية التنظيمين بالوقوف وراءها.");
  EXPECT_EQ(targets_of(run.doc.text, run.x, "واتهمت", "التنظيمين", "turkish_government"),
            (std::multiset<std::string>{"isis", "pkk"}));
}

// dev_05 "الغارات الجوية التركية الأخيرة ضد مواقع «داعش» والقرار الحكومي التركي": a nationality
// after و describes a new noun (the decision), which is no second target of the strikes.
TEST(JointTargets, ANationalityAfterWawIsNoFurtherTarget) {
  PhraseRun run = run_phrase("جاءت الغارات الجوية التركية الأخيرة ضد مواقع «داعش» والقرار الحكومي التركي بالسماح للطائرات.");
  EXPECT_EQ(targets_of(run.doc.text, run.x, "الغارات", "الغارات", "turkish_army"), (std::multiset<std::string>{"isis"}));
}

// SaudiNewsNet (aleqtisadiya, 2015-07-20) "تعتزم كوريا الجنوبية واليابان والصين عقد جولة جديدة من
// المباحثات": the name taken as the target is joined to the source, so the names after it are
// agents with them, not further targets.
TEST(JointTargets, NamesJoinedToTheSourceAreNoFurtherTargets) {
  PhraseRun run = run_phrase("تعتزم كوريا الجنوبية واليابان والصين عقد جولة جديدة من المباحثات المتعلقة باتفاقية تجارة حرة ثلاثية.");
  int with_china = 0;
  for (const auto& e : run.x.events) with_china += e.target == "china";
  EXPECT_EQ(with_china, 0);
}

// SaudiNewsNet (aawsat, 2015-07-21) "تسلمت مصر أمس أول ثلاث طائرات مقاتلة من طراز «رافال» من فرنسا،
// في إطار اتفاقية التعاون العسكري المبرمة بين البلدين": the dual after بين names the two countries
// told last, the earlier one first.
TEST(JointTargets, TheTwoCountriesADualAfterBetweenNames) {
  PhraseRun run = run_phrase(
      "تسلمت مصر أمس أول ثلاث طائرات مقاتلة من طراز «رافال» من فرنسا، في إطار اتفاقية التعاون العسكري المبرمة بين البلدين.");
  const Event* e = run.event("اتفاقية");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "egypt");
  EXPECT_EQ(e->target, "france");
}

// dev_21 "لدخول انقرة بقوة في الحملة العسكرية لمواجهة داعش": the group after the masdar of purpose
// (لمواجهة) is that masdar's genitive, so the campaign's target; it is no agent of the campaign.
TEST(JointTargets, ANameAfterAPurposeMasdarIsNoGenitiveOfTheNounBefore) {
  PhraseRun run = run_phrase("لدخول انقرة بقوة في الحملة العسكرية لمواجهة داعش بشن اولى غاراتها الجوية على مواقع له في سوريا.");
  const Event* e = run.event("الحملة");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->source, "isis");
  EXPECT_EQ(e->target, "isis");
}

// Seed 003 "وبعد أن فرض سيطرته علي المزيد من الأراضي بدعم عسكري من روسيا وإيران": the names after
// بدعم … من back the deed; they are not whom the control was taken from.
TEST(JointTargets, ANameAfterAWordOfBackingIsNoTarget) {
  const Event* e = events_testing::find_event(events_testing::seed_on_gold("003_b370dc8600bd6f38"), "سيطرته", "بدعم عسكري");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->target, "russia");
  EXPECT_NE(e->target, "iran");
}

}  // namespace
}  // namespace marsad

// How far the agent of an event carries to a verbal noun after it that names none: not into a
// clause with a subject of its own (لكن، بينما) or a reported one (أن/إن), and not to a noun
// after a verb of undergoing, whose subject suffers the deed. Seed articles run with the gold
// mentions (gold_fixture.h; sentences quoted from data/corpus/seeds); short phrases from the dev
// articles run through the whole pipeline.
#include <gtest/gtest.h>

#include <string>

#include "gold_fixture.h"
#include "pipeline/pipeline.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// Seed 002 "وكان من المقرر أن يحضر المبعوث الأممي إلى سورية هذه الجولة من المحادثات، لكن
// إصابة في عينه حالت دون ذلك، وهو ما قلص فرص الإعلان عن وقف لإطلاق النار في إدلب": the
// ceasefire is no deed of the envoy told before لكن.
TEST(CarriedAgent, StopsAtAClauseWithASubjectOfItsOwn) {
  const Event* e = events_testing::find_event(events_testing::seed_on_gold("002_979cc18ec33a5328"), "وقف لإطلاق النار",
                                              "قلص فرص");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "");
}

// dev_21 "اكد البيان الصادر عن مكتب رئيس الوزراء التركي ان العمليات العسكرية الجوية ضد تنظيم
// داعش تواصلت": the office issued the statement; the air operations it reports are no deed of it.
TEST(CarriedAgent, StopsAtAReportedClause) {
  const auto run = run_phrase(
      "اكد البيان الصادر عن مكتب رئيس الوزراء التركي ان العمليات العسكرية الجوية ضد تنظيم داعش تواصلت",
      "2015-07-26");
  const Event* e = run.event("العمليات");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->source, "turkish_pm_office");
  EXPECT_EQ(e->target, "isis");
}

// dev_21 "وقال داود أوغلو في مؤتمر صحفي في أنقرة قبل أن يتوجه الى اسطنبول للقاء الرئيس التركي
// رجب طيب إردوغان": أن before an imperfect makes a verbal noun, no reported clause; the meeting
// is still the speaker's.
TEST(CarriedAgent, CrossesAnBeforeAnImperfect) {
  const auto run = run_phrase(
      "وقال داود أوغلو في مؤتمر صحفي في أنقرة قبل أن يتوجه الى اسطنبول للقاء الرئيس التركي رجب طيب إردوغان",
      "2015-07-26");
  const Event* e = run.event("للقاء");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "ahmet_davutoglu");
  EXPECT_EQ(e->target, "recep_tayyip_erdogan");
}

// dev_21 "وتشكل الضربات التركية ضد التنظيم منعطفاً في سياسة الرئيس رجب طيب أردوغان الذي واجه
// انتقادات تتهمه": the president faced the criticism; the army that struck is not its author.
TEST(CarriedAgent, NotToANounAfterAVerbOfUndergoing) {
  const auto run = run_phrase(
      "وتشكل الضربات التركية ضد التنظيم منعطفاً في سياسة الرئيس رجب طيب أردوغان الذي واجه انتقادات تتهمه باتباع سياسة غض الطرف",
      "2015-07-26");
  const Event* e = run.event("انتقادات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "");
  EXPECT_EQ(e->target, "recep_tayyip_erdogan");
}

// dev_01 "… قصفت مواقع لجبهة النصرة … بعد هجوم شنته الجبهة على مقاتلين. وذكر المرصد … أن
// الغارات الجوية قصفت مواقع للجبهة": the latest force is the strikes' target; the air strikes go
// on with the force before it, which struck back.
TEST(CarriedAgent, ForceWhoseLatestAgentIsTheTargetGoesOnWithTheOneBefore) {
  const auto run = run_phrase(
      "طائرات تابعة لتحالف تقوده الولايات المتحدة قصفت مواقع لجبهة النصرة امس الجمعة بعد هجوم شنته الجبهة على مقاتلين. "
      "وذكر المرصد أن الغارات الجوية قصفت مواقع للجبهة قرب بلدة اعزاز",
      "2015-08-01");
  const Event* e = run.event("الغارات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "us_led_coalition");
  EXPECT_EQ(e->target, "al_nusra_front");
}

}  // namespace
}  // namespace marsad

// Words that name a state without naming it (data/events/demonyms.tsv): a masculine nationality
// used alone as a noun (أن الامريكي غير معني: the American side), a nationality on the deal or
// decision a deed is about (توقيع الاتفاق النووي الإيراني), and a nationality that ends a
// person's title (وزير الخارجية الروسي سيرغي لافروف), which names the person, not the state; and
// the police, who act for the government the story told. Seed sentences and short phrases from
// the dev articles, through the whole pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// Seed 001: "وتضيف أن الامريكي غير معني حاليا بإسقاط الرئيس السوري بشار الأسد".
TEST(StateWords, ANationalityAloneIsTheState) {
  const auto run = run_phrase("وتضيف أن الامريكي غير معني حاليا بإسقاط الرئيس السوري بشار الأسد", "2014-11-10");
  const Event* e = run.event("بإسقاط");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "united_states");
  EXPECT_EQ(e->target, "bashar_al_assad");
}

// Seed 001: the nationality at the end of each title stays the person's: the call is between
// the two ministers, not their states.
TEST(StateWords, ANationalityBeforeANameIsTheTitle) {
  const auto run = run_phrase(
      "انتهى الاتصال الهاتفي الذي جرى بين وزير الخارجية الروسي سيرغي لافروف ونظيره الامريكي جون كيري يوم 25 تشرين اول "
      "الفائت",
      "2014-11-10");
  const Event* e = run.event("الاتصال");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "sergey_lavrov");
  EXPECT_EQ(e->target, "john_kerry");
}

// dev_13 "بعد توقيع الاتفاق النووي الإيراني": the deal's nationality names its party.
TEST(StateWords, TheNationalityOfADeal) {
  const auto run = run_phrase("بعد توقيع الاتفاق النووي الإيراني", "2015-07-25");
  const Event* e = run.event("توقيع");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "iran");
}

// dev_21 "بينما نفذت الشرطة حملة توقيفات «لمكافحة الارهاب» في مختلف انحاء البلاد" after the
// story's government (data/events/anaphors.tsv): the police act for it.
TEST(StateWords, ThePoliceActForTheGovernmentTold) {
  const auto run = run_phrase(
      "وأكدت الحكومة التركية في بيان ان المقاتلات التركية قصفت اهدافا، بينما نفذت الشرطة حملة توقيفات «لمكافحة الارهاب» في "
      "مختلف انحاء البلاد",
      "2015-07-26");
  const Event* e = run.event("توقيفات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "turkish_government");
}

}  // namespace
}  // namespace marsad

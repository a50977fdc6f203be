// An indefinite verbal noun right after أكثر، أقل، أشد is the accusative of what is compared
// (tamyiz): a quality of its subject, not an event; a definite one is the genitive of a
// superlative, a deed (data/events/modality.tsv, compared heads). dev_09 and
// SaudiNewsNet (SNN) quoted in short phrases, run through the pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_no_event;
using events_testing::run_phrase;

// dev_09: the regime "was less repressive" than ISIS: no repression (175) is told.
TEST(ComparisonHeads, LessRepressiveIsNoRepression) {
  expect_no_event(
      "الذين جعلوا المناطق الثائرة التي سقطت تحت سيطرتهم كمناطق داعش تتمنى عودة نظام بشار لأنه كان أقل قمعا "
      "بالمقارنة معها.",
      "قمعا");
}

// SNN aawsat 2015-07-21: talks with Iran that would be "more cooperative": no cooperation (050)
// is told, while the talks and the agreement are.
TEST(ComparisonHeads, MoreCooperativeIsNoCooperation) {
  const auto run = run_phrase(
      "وقد عبر الرئيس أوباما في مؤتمر صحافي الأربعاء عن أمله أن يؤدي الاتفاق إلى إجراء محادثات حول مواضيع أخرى مع "
      "إيران تكون «أقل عدوانية، وأكثر تعاونا».");
  EXPECT_EQ(run.event("تعاونا"), nullptr);
  EXPECT_NE(run.event("محادثات"), nullptr);
}

// SNN aawsat 2015-07-21: "the most effective sanctions were imposed in 2010" tells sanctions
// imposed: the superlative's definite genitive stays an event.
TEST(ComparisonHeads, TheMostEffectiveSanctionsAreADeed) {
  const auto run = run_phrase(
      "ولقد كانت أكثر العقوبات فعالية قد فرضت في عام 2010 لإجبار الإيرانيين على العودة إلى طاولة المفاوضات.");
  EXPECT_NE(run.event("العقوبات"), nullptr);
}

// SNN 2015-07-21 (AFP): "11 مدنيا على الاقل قتلوا في تفجير انتحاري" counts the toll ("at
// least"): the killing is no quality compared, and the bombing it tolls is coded.
TEST(ComparisonHeads, AtLeastCountsAToll) {
  const auto run = run_phrase(
      "افاد مصدر مقرب من اجهزة الامن الكاميرونية أمس ان 11 مدنيا على الاقل قتلوا في تفجير انتحاري مزدوج في مدينة "
      "فوتوكول في اقصى شمال الكاميرون.");
  EXPECT_NE(run.event("تفجير"), nullptr);
}

}  // namespace
}  // namespace marsad

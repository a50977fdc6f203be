// Times that leave the day open: a plural with no number (منذ سنوات، قبل أيام) and a week named
// without its day. Sentences quoted are from the SNN 2,000 check set (aawsat, 2015-07-21).
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::PhraseRun;
using events_testing::run_phrase;

// SNN snn0121 (2015-07): "العقوبات المفروضة منذ سنوات" counts no number of years: the sanctions
// are not dated a year before the story's day.
TEST(OpenTimes, APluralWithoutNumberCountsNone) {
  PhraseRun run = run_phrase(
      "ويتوقع الكثير من الإيرانيين أن يؤدي الاتفاق إلى تيسير حياتهم اليومية واستقرار الاقتصاد الذي تضرر جراء "
      "العقوبات المفروضة منذ سنوات.",
      "2015-07-15");
  const Event* sanctions = run.event("العقوبات");
  ASSERT_NE(sanctions, nullptr);
  EXPECT_EQ(sanctions->date, "");
}

// SNN snn0059 (aawsat 2015-07-21): الأسبوع الماضي names no day, so the visit takes none, nor
// the day of the meeting told before it.
TEST(OpenTimes, AWeekLeavesTheDayOpen) {
  PhraseRun run = run_phrase(
      "وقالت وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني أمس للصحافيين في ختام اجتماع في بروكسل. "
      "وأضاف هاموند الذي زار إسرائيل الأسبوع الماضي أن الاتفاق مهم.",
      "2015-07-21");
  const Event* visit = run.event("زار");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->date, "");
}

}  // namespace
}  // namespace marsad

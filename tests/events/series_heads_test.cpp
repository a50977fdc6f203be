// A head naming a run of deeds (توالي، تكرار) sums up a pattern: the verbal noun after it is no
// event an analyst can code (data/events/modality.tsv, topic cues). Short phrases from the dev
// articles and a seed sentence run through the whole pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// dev_15 "تعيش حالة خوف من توالي سقوط الصواريخ" and dev_03 "جراء توالي ضربات المقاومة له".
TEST(SeriesHeads, ARunOfDeedsIsNoEvent) {
  auto fear = run_phrase("وأشار إلى أن المدينة تعيش حالة خوف من توالي سقوط الصواريخ أو حدوث انفجارات.");
  EXPECT_EQ(fear.event("سقوط"), nullptr);
  auto blows = run_phrase("الذي يشعر به نظام الأسد، جراء توالي ضربات المقاومة له.");
  EXPECT_EQ(blows.event("ضربات"), nullptr);
}

// seed 004 "للتنظيم الذي يتلقى ضربات موجعة في العراق وسوريا": blows with no such head are the
// battle the analyst codes.
TEST(SeriesHeads, BlowsWithNoSeriesHeadStayAnEvent) {
  auto taken = run_phrase("للتنظيم الذي يتلقى ضربات موجعة في العراق وسوريا.");
  ASSERT_NE(taken.event("ضربات"), nullptr);
  EXPECT_EQ(taken.event("ضربات")->cameo.substr(0, 2), "19");
}

}  // namespace
}  // namespace marsad

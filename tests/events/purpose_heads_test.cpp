// A verbal noun after a purpose head (بهدف، بغية، من أجل) names what a deed is for, like a verbal
// noun with ل of purpose: the aim is told with the deed, not as an event of its own
// (data/events/modality.tsv, topic cues). A seed sentence runs through the whole pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// seed 004: a joint operations room is being formed to fight HTS; the fighting is its aim.
TEST(PurposeHeads, AnAimIsNoEvent) {
  auto room = run_phrase(
      "من جهة أخرى، يتم العمل على تشكيل غرفة عمليات موحدة، لجميع فصائل المعارضة التي توصف بالمعتدلة، بإشراف الولايات "
      "المتحدة، بهدف قتال هيئة تحرير الشام التي تقودها النصرة.");
  EXPECT_EQ(room.event("قتال"), nullptr);
}

// seed 000 "بعد هزيمتها في حلب": a verbal noun after a plain preposition is the deed itself.
TEST(PurposeHeads, ADefeatAfterAPlainPrepositionStaysAnEvent) {
  auto lost = run_phrase("خصوصا مع انخفاض معنويات الفصائل. بعد هزيمتها في حلب.");
  ASSERT_NE(lost.event("هزيمتها"), nullptr);
  EXPECT_EQ(lost.event("هزيمتها")->cameo.substr(0, 2), "19");
}

}  // namespace
}  // namespace marsad

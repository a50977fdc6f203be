// A verbal noun right after a head of capacity, readiness or need (قادر على، جاهز ل، بحاجة إلى،
// حاجة X إلى) names what one can do or needs, no deed told (data/events/modality.tsv, topic
// cues). A real sentence runs through the whole pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_event;
using events_testing::expect_no_event;

// dev_11: the people were ready to protest; no protest is told here.
TEST(CapacityHeads, ReadinessIsNoProtest) {
  expect_no_event(
      "ومن الممكن القول بأن سوريا كشعب كانوا جاهزين للاحتجاج رغم معرفتهم بقوة المخابرات السورية.",
      "للاحتجاج");
}

// seed 002: the region's need of aid, a file of the talks; no aid is given. The genitive
// (المنطقة) stands between the head and إلى.
TEST(CapacityHeads, ANeedIsNoAid) {
  expect_no_event("من المقرر أن تتناول هذه الجولة الوضع الميداني في إدلب وحاجة المنطقة إلى مساعدات إنسانية.",
                  "مساعدات");
}

// SNN aljazirah 2015-07-21: forces able to press Obama; no pressure is told.
TEST(CapacityHeads, AbilityIsNoDemand) {
  expect_no_event("فإن جيوش قاسم سليماني من حزب الله والحوثيين قادرون على الضغط على أوباما.", "الضغط");
}

// The same aid given outright stays an event.
TEST(CapacityHeads, AidGivenStaysAnEvent) {
  expect_event("وأرسلت الأمم المتحدة مساعدات إنسانية إلى المنطقة.", "مساعدات", "07");
}

}  // namespace
}  // namespace marsad

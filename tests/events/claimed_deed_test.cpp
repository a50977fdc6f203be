// تبنى is a claim of responsibility (015) only with a deed of violence (or "responsibility") in its
// sentence; otherwise it adopts a resolution, a standard or a view, or is the verb "builds"
// (تبني): data/events/triggers.tsv, needs= on the تبنى row.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_event;
using events_testing::expect_no_event;

// SNN (2015-07-21): the Security Council adopted a resolution; nobody claims a deed.
TEST(ClaimedDeed, AdoptingAResolutionIsNoClaim) {
  expect_no_event("تبنى مجلس الأمن الدولي أمس قرارا بالإجماع يصادق على الاتفاق النووي المبرم بين إيران والقوى الكبرى.",
                  "تبنى");
}

// SNN (2015-07): adopting standards.
TEST(ClaimedDeed, AdoptingStandardsIsNoClaim) {
  expect_no_event("وقال إن إحداث تغيير جوهري يفضي إلى تبني معايير مستدامة يتطلب مزيدا من الجهد.", "تبني");
}

// dev_24: two bombings the organisation claimed.
TEST(ClaimedDeed, ClaimedBombingsStayAClaim) {
  expect_event("وتأتي هذه الهجمات غداة مقتل 23 شخصا على الأقل في تفجيرين مماثلين تبناهما التنظيم المتطرف.", "تبناهما",
               "015");
}

}  // namespace
}  // namespace marsad

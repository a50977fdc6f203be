// The plural شروط is a demand (100) only with a verb of setting or imposing in its sentence
// (الشروط التي أملاها المقرضون); alone it is terms and requirements (ضمن شروط الإنقاذ، وفق الشروط
// والمؤهلات): data/events/triggers.tsv, needs= on the plural's row.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_event;
using events_testing::expect_no_event;

// SNN aleqtisadiya 2015-07-21: the terms of a bailout, no demand told.
TEST(TermsPlural, TermsOfABailoutAreNoDemand) {
  expect_no_event(
      "وفيما ستظل سوق الأسهم مغلقة إلى حين إشعار آخر، دخلت الزيادات على ضريبة القيمة المضافة التي تم الاتفاق عليها "
      "ضمن شروط الإنقاذ حيز التنفيذ أمس.",
      "شروط");
}

// SNN aleqtisadiya 2015-07-21: conditions the lenders dictated stay a demand.
TEST(TermsPlural, ConditionsImposedStayADemand) {
  expect_event(
      "يواجه اليونانيون بداية من اليوم زيادات كبيرة في ضرائب القيمة المضافة، تنفيذا لأحد الشروط التي أملاها المقرضون "
      "لبدء المحادثات حول تقديم حزمة الإنقاذ المالي الثالثة لليونان خلال خمسة أعوام.",
      "الشروط", "100");
}

}  // namespace
}  // namespace marsad

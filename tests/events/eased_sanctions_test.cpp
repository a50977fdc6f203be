// Lifting a ban or easing sanctions (CAMEO 08x, yield) whatever the verb's person or tense:
// the phrase rows of data/events/triggers.tsv are longer than the noun عقوبات/حظر (163, impose
// sanctions), which stays the event when sanctions are imposed. SaudiNewsNet phrases (okaz,
// Asharq Al-Awsat, 2015) run through the pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

TEST(EasedSanctions, LiftingABanYields) {
  auto run = run_phrase("من جهة ثانية قال مسؤول تركي كبير امس إن تركيا سترفع الحظر على الدخول إلى تويتر.");
  const Event* e = run.event("سترفع");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->cameo.starts_with("08"));
  for (const auto& x : run.x.events) EXPECT_FALSE(x.cameo.starts_with("16")) << x.cameo;
}

TEST(EasedSanctions, AnAgreementThatEasesSanctionsYields) {
  auto run = run_phrase("وينص الاتفاق المبرم يوم الثلاثاء الماضي على أن ترفع العقوبات تدريجيًا عن إيران مقابل قبولها بقيود طويلة الأجل.");
  const Event* e = run.event("ترفع");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->cameo.starts_with("08"));
  auto imposed = run_phrase("كذلك فرضت الولايات المتحدة والاتحاد الأوروبي عقوبات اقتصادية على إيران.");
  bool sanctions = false;
  for (const auto& x : imposed.x.events) sanctions |= x.cameo.starts_with("163");
  EXPECT_TRUE(sanctions);
}

}  // namespace
}  // namespace marsad

// Security forces (قوات الأمن، الأجهزة الأمنية; data/events/anaphors.tsv two-word heads) act for
// the government the story told, as the police do; and the members of a second body joined by و
// (قوات الأمن وعناصر الشبيحة) act with the first, which analysts code as the source. Short
// phrases from the dev articles, through the whole pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// dev_15: "صفحات موالية للنظام السوري" then "إن قوات الأمن وعناصر الشبيحة فرضوا طوقا أمنيا".
TEST(SecurityForces, ActForTheGovernmentToldBeforeThem) {
  const auto run = run_phrase(
      "وأشارت صفحات موالية للنظام السوري إلى الانفجار. وقال الناشط: إن قوات الأمن وعناصر الشبيحة فرضوا طوقا أمنيا على المكان",
      "2015-09-19");
  const Event* e = run.event("فرضوا طوقا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "syrian_government");
}

// SaudiNewsNet (a digest of short items): "داهمت قوات الأمن الباكستانية مقر حزب سياسي": a
// nationality after the head names the state; the government told before is another state's.
TEST(SecurityForces, ANationalityAfterThemNamesTheirState) {
  const auto run = run_phrase(
      "وأشارت صفحات موالية للنظام السوري إلى الانفجار. داهمت قوات الأمن الباكستانية مقر حزب سياسي قوي في مدينة كراتشي",
      "2015-03-12");
  const Event* e = run.event("داهمت");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->source, "syrian_government");
}

}  // namespace
}  // namespace marsad

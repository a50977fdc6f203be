// A kick of football (ضربة جزاء، ضربات الترجيح، ضربة حرة، ضربة ركنية) is no strike (190): a
// formula row of data/events/triggers.tsv takes the words. Short phrases of SaudiNewsNet articles.
#include <gtest/gtest.h>

#include <string>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_event;
using events_testing::expect_no_event;

// SaudiNewsNet (the Gold Cup semi-final): the referee's penalty and the one the midfielder took
// strike nobody; NATO's air strike on an Afghan army camp does.
TEST(FootballKicks, APenaltyIsNoStrike) {
  expect_no_event("إذ احتسب ضربة جزاء مثيرة للجدل للاعب أوريبي بيرالتا.", "ضربة");
  expect_no_event("وسدد لاعب الوسط غواردادو ضربة الجزاء ليحرز منها هدف المباراة الوحيد.", "ضربة");
  expect_event("عندما نفذت قوات حلف شمال الاطلسي ضربة جوية على معسكر للجيش في شرق أفغانستان بطريق الخطأ.", "ضربة", "19");
}

}  // namespace
}  // namespace marsad

// مسيرة with a possessive pronoun (مسيرته، مسيرتها) is a career or a course, not a march (141):
// a formula row of data/events/triggers.tsv takes the whole word.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_event;
using events_testing::expect_no_event;

// SNN (2015-07, sport): a footballer's career.
TEST(CareerSense, HisCareerIsNoMarch) {
  expect_no_event("وكان كواريسما بدأ مسيرته مع سبورتينغ لشبونة إلى جانب كريستيانو رونالدو.", "مسيرته");
}

// SNN (2015-07, politics): a politician's career.
TEST(CareerSense, HerPoliticalCareerIsNoMarch) {
  expect_no_event("باشرت ليز كيندال مسيرتها السياسية في البرلمان البريطاني عام 2010.", "مسيرتها");
}

// A march without a pronoun stays a protest.
TEST(CareerSense, AMarchStaysAProtest) {
  expect_event("ونظم مئات الناشطين مسيرة في مدينة إدلب تطالب بإسقاط النظام.", "مسيرة", "14");
}

}  // namespace
}  // namespace marsad

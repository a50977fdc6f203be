// Plural بيانات is far more often "data" than statements in news (بحسب بيانات، قاعدة بيانات):
// a formula row of data/events/triggers.tsv takes the word; the singular بيان stays a statement.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_event;
using events_testing::expect_no_event;

// SNN (2015-07, economy): figures of the UN, no statement.
TEST(DataPlural, FiguresAreNoStatement) {
  expect_no_event("وبحسب بيانات الأمم المتحدة فإن قلة الاستثمارات وأيضا المخاوف الأمنية أضرت بالاقتصاد.", "بيانات");
}

// SNN (2015-07, elections): checking the candidates' records.
TEST(DataPlural, RecordsAreNoStatement) {
  expect_no_event("يجري خلالها تدقيق بيانات المرشحين ومطابقتها وإجراء المقابلات الشخصية.", "بيانات");
}

// dev_23: a statement issued by a body stays a statement.
TEST(DataPlural, AStatementStaysAStatement) {
  expect_event("واصدرت غرفة عمليات حلب بدورها امس بيانا اعلنت فيه استهداف ثكنات الجيش.", "بيانا", "010");
}

}  // namespace
}  // namespace marsad

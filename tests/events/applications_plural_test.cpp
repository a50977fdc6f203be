// The plural طلبات is applications and orders far more often than requests (استقبال طلبات
// التوظيف، لتلبية طلبات العملاء): data/events/triggers.tsv leaves it out of the appeal (020) row;
// the verb and the singular masdar stay appeals.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_event;
using events_testing::expect_no_event;

// SNN (2015-07-19): job applications received online.
TEST(ApplicationsPlural, JobApplicationsAreNoAppeal) {
  expect_no_event("وأوضحت الهيئة أنه سوف يتم استقبال طلبات التوظيف إلكترونيا فقط اعتبارا من يوم الأحد القادم.",
                  "طلبات");
}

// SNN (2015-04): appeals before a court.
TEST(ApplicationsPlural, CourtMotionsAreNoAppeal) {
  expect_no_event("وحددت محكمة بلجيكية في أبريل الماضي موعدا لجلسات النظر في طلبات الاستئناف.", "طلبات");
}

// A request told by the verb stays an appeal.
TEST(ApplicationsPlural, ARequestStaysAnAppeal) {
  expect_event("وطلب وزير الخارجية الروسي من الأمم المتحدة إرسال مراقبين إلى حلب.", "وطلب", "02");
}

}  // namespace
}  // namespace marsad

// Words of a trigger that name no event in their set phrase: the anonymity formula of a source
// (طلب عدم نشر اسمه), رأى with no أن clause (seeing, not an opinion), احتل with a rank (a
// ranking, not a seizure), data (بيانات البنك) and blood pressure (ضغط الدم). Seed articles run
// with the gold mentions (quoted from data/corpus/seeds); short phrases of unseen SaudiNewsNet
// articles run through the pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::find_event;
using events_testing::run_phrase;

// seed 003 "وقال مسئول في جماعة مسلحة تنتمي للجيش السوري الحر طلب عدم نشر اسمه لأن جماعات
// المعارضة لم تعين بعد متحدثا": the official asked for nothing; the formula only hides his name.
TEST(SetPhrases, TheAnonymityFormulaIsNoAppeal) {
  const auto& s003 = events_testing::seed_on_gold("003_b370dc8600bd6f38");
  EXPECT_EQ(find_event(s003, "طلب", "عدم نشر اسمه"), nullptr);
}

// SaudiNewsNet (Reuters, 2015-07-27): "لا نريد أن نرى داعش على حدود تركيا" is seeing, not a
// statement of opinion, and its object is no claim of the one who sees.
TEST(SetPhrases, SeeingWithNoThatClauseIsNoStatement) {
  auto run = run_phrase("وأضاف لا نريد أن نرى داعش على حدود تركيا.");
  EXPECT_EQ(run.event("نرى"), nullptr);
}

// SaudiNewsNet: "احتلت روسيا المرتبة الأولى من حيث الجاذبية الاستثمارية" ranks Russia; it
// occupies nothing.
TEST(SetPhrases, ARankIsNoOccupation) {
  auto run = run_phrase("احتلت روسيا المرتبة الأولى من حيث الجاذبية الاستثمارية في عام 2015.");
  EXPECT_EQ(run.event("احتلت"), nullptr);
  auto seized = run_phrase("احتلت القوات الروسية مدينة القرم في عام 2014.");
  const Event* e = seized.event("احتلت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->cameo, "192");
}

// SaudiNewsNet (2015-07-21): "أظهرت بيانات البنك المركزي اليوناني أمس أن المصارف ..." is data, and
// "ارتفاع ضغط الدم" blood pressure: neither a statement nor a demand.
TEST(SetPhrases, DataAndBloodPressureAreNoEvents) {
  auto data = run_phrase("أظهرت بيانات البنك المركزي اليوناني أمس أن المصارف اليونانية زادت حجم قروضها.");
  EXPECT_EQ(data.event("بيانات"), nullptr);
  auto pressure = run_phrase("وقالت الباحثة إن ارتفاع ضغط الدم مهم للجميع بغض النظر عن الوزن.");
  EXPECT_EQ(pressure.event("ضغط"), nullptr);
  // Statements told in the plural stay statements.
  auto statements = run_phrase("وقالت وزارة الخارجية الروسية في بيانات متتالية إن الغارات على حلب غير مقبولة.");
  EXPECT_NE(statements.event("بيانات"), nullptr);
}

}  // namespace
}  // namespace marsad

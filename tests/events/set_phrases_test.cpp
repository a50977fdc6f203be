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
using events_testing::expect_event;
using events_testing::expect_no_event;

// seed 003 "وقال مسئول في جماعة مسلحة تنتمي للجيش السوري الحر طلب عدم نشر اسمه لأن جماعات
// المعارضة لم تعين بعد متحدثا": the official asked for nothing; the formula only hides his name.
TEST(SetPhrases, TheAnonymityFormulaIsNoAppeal) {
  const auto& s003 = events_testing::seed_on_gold("003_b370dc8600bd6f38");
  EXPECT_EQ(find_event(s003, "طلب", "عدم نشر اسمه"), nullptr);
}

// SaudiNewsNet (Reuters, 2015-07-27): "لا نريد أن نرى داعش على حدود تركيا" is seeing, not a
// statement of opinion, and its object is no claim of the one who sees.
TEST(SetPhrases, SeeingWithNoThatClauseIsNoStatement) {
  expect_no_event("وأضاف لا نريد أن نرى داعش على حدود تركيا.", "نرى");
}

// SaudiNewsNet: "احتلت روسيا المرتبة الأولى من حيث الجاذبية الاستثمارية" ranks Russia; it
// occupies nothing.
TEST(SetPhrases, ARankIsNoOccupation) {
  expect_no_event("احتلت روسيا المرتبة الأولى من حيث الجاذبية الاستثمارية في عام 2015.", "احتلت");
  expect_event("احتلت القوات الروسية مدينة القرم في عام 2014.", "احتلت", "192");
}

// SaudiNewsNet (2015-07-21): "أظهرت بيانات البنك المركزي اليوناني أمس أن المصارف ..." is data, and
// "ارتفاع ضغط الدم" blood pressure: neither a statement nor a demand.
TEST(SetPhrases, DataAndBloodPressureAreNoEvents) {
  expect_no_event("أظهرت بيانات البنك المركزي اليوناني أمس أن المصارف اليونانية زادت حجم قروضها.", "بيانات");
  expect_no_event("وقالت الباحثة إن ارتفاع ضغط الدم مهم للجميع بغض النظر عن الوزن.", "ضغط");
  // Statements told in the plural stay statements.
  auto statements = run_phrase("وقالت وزارة الخارجية الروسية في بيانات متتالية إن الغارات على حلب غير مقبولة.");
  EXPECT_NE(statements.event("بيانات"), nullptr);
}

// SaudiNewsNet (Okaz, 2015-08-11): a news site's share buttons copied with the article,
// "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك", invite the reader; nobody takes part in
// anything (040). The report after them is still read.
TEST(SetPhrases, ShareButtonsAreNoParticipation) {
  expect_no_event(
      "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك كشفت مصادر سياسية لـ «عكاظ» أن التيار العوني "
      "سيبدأ تحركه في الشارع بعد انتهاء زيارة وزير الخارجية الايراني محمد جواد ظريف الى بيروت.", "شارك");
  // Taking part, told as such, stays an event.
  auto part = run_phrase("وشاركت السعودية في اجتماع وزراء الخارجية العرب في القاهرة.");
  EXPECT_NE(part.event("وشاركت"), nullptr);
}

// SaudiNewsNet (Asharq Al-Awsat, 2015): the formula has more wordings than naming the name:
// "طالبا عدم الإشارة إلى اسمه" and the plural "طلبوا عدم الكشف عن أسمائهم" ask for nothing either.
TEST(SetPhrases, TheAnonymityFormulaInOtherWordings) {
  expect_no_event("وأوضح مسؤول عراقي في الأمن الوطني طالبا عدم الإشارة إلى اسمه أن هناك ثلاث مزايا للاتفاق.", "طالبا");
  expect_no_event("ورفض المسؤولون الذين طلبوا عدم الكشف عن أسمائهم الإفصاح عن تفاصيل الاتفاق.", "طلبوا");
}

// SaudiNewsNet (2015-07): تحرير frees prices (تحرير أسعار الوقود), writes a police report (تحرير
// محضر) or edits a paper as often as it liberates a place; none of the first three is a seizure.
TEST(SetPhrases, FreeingPricesOrWritingAReportIsNoLiberation) {
  expect_no_event("أعلنت وزارة الطاقة الإماراتية عن تحرير أسعار الوقود في الدولة اعتباراً من الأول من أغسطس.", "تحرير");
  expect_no_event("وكشفت المصادر أن أفراد الدوريات حرروا محضراً رسمياً بالواقعة، وسلموا المطلوبين للشرطة.", "حرروا");
  // A place freed stays a seizure.
  expect_event("وأعلنت المقاومة الشعبية تحرير عدن من الميليشيات الحوثية بعد معارك عنيفة.", "تحرير", "192");
}

}  // namespace
}  // namespace marsad

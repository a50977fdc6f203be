// Where a clause's agent ends: كما before a verb opens a clause with a subject of its own, so the
// agent told before it is not carried past it; an aside set off by dashes stands outside its
// clause, so its words neither open a clause nor name the topic. Seed articles run with the gold
// mentions (gold_fixture.h; sentences quoted from data/corpus/seeds); short phrases from the dev
// articles run through the whole pipeline.
#include <gtest/gtest.h>

#include <string>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// Seed 003 "وجاء اجتماع أمس بعد مشاركة ممثلين عن70 دولة ومنظمة في مؤتمر عقد في باريس أمس الأول
// ودعوته الإسرائيليين والفلسطينيين إلي استئناف المفاوضات المباشرة, كما يأتي الاجتماع قبل أسبوع
// من مباحثات سلام سورية ستعقد في أستانة": the Astana talks are no deed of the Israelis invited
// to talk in the clause before كما.
TEST(ClauseOpeners, KamaOpensAClauseWithASubjectOfItsOwn) {
  const Event* e = events_testing::find_event(events_testing::seed_on_gold("003_b370dc8600bd6f38"), "مباحثات",
                                              "مباحثات سلام");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "");
}

// dev_17 "التنظيم الداعشي الإرهابي -كما جاء في بيان وزارة الداخلية الأخير- كان يجند": the
// aside's كما opens no clause around the verb; its subject stands before the aside.
TEST(ClauseOpeners, AnAsideBetweenDashesStandsOutsideTheClause) {
  const auto run = run_phrase("التنظيم الداعشي الإرهابي -كما جاء في بيان وزارة الداخلية الأخير- كان يجند الشباب", "2015-07-20");
  const Event* e = run.event("يجند");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "isis");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// dev_01 "حركة حزم التي تدعمها الولايات المتحدة التي انهارت هذا العام بعد أن اشتبكت مع جبهة
// النصرة": أن after بعد opens a clause of time; its subject is the movement that collapsed, not
// the state named inside the description.
TEST(ClauseOpeners, AnAfterAWordOfTimeKeepsTheMainSubject) {
  const auto run = events_testing::run_phrase(
      "ولعبت النصرة دورا أيضا في تفكك حركة حزم التي تدعمها الولايات المتحدة التي انهارت هذا العام بعد أن اشتبكت مع جبهة النصرة",
      "2015-08-01");
  const Event* e = run.event("اشتبكت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "harakat_hazm");
  EXPECT_EQ(e->target, "al_nusra_front");
}

}  // namespace
}  // namespace marsad

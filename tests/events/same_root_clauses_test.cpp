// Two deeds of one CAMEO root in one sentence are merged into one event when they tell the same
// deed twice (شن الطيران غارات … وقصف); a verb with a subject of its own after a conjunction that
// opens a new clause (فيما، بينما: data/events/clause_words.tsv new_clause) tells another deed.
// SaudiNewsNet phrases (al-madina, 2015) run through the pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

int events_of_root(const events_testing::PhraseRun& run, const std::string& root) {
  int n = 0;
  for (const auto& e : run.x.events) n += e.cameo.starts_with(root);
  return n;
}

TEST(SameRootClauses, AnAttackAfterFimaIsASecondDeed) {
  auto run = run_phrase(
      "وخاض الجيش الوطني والمقاومة الشعبية طوال يوم أمس معارك شرسة مع الحوثيين في عدة مناطق بمحافظة تعز يأتي هذا فيما "
      "هاجمت عناصر من المقاومة الشعبية في وقت متأخر من مساء الثلاثاء نقطة أمنية تابعة لمليشيا الحوثي في مديرية يريم.");
  const Event* attack = run.event("هاجمت");
  ASSERT_NE(attack, nullptr);
  EXPECT_TRUE(attack->cameo.starts_with("19"));
  EXPECT_FALSE(attack->source.empty());
  EXPECT_NE(run.event("معارك"), nullptr);
  EXPECT_EQ(events_of_root(run, "19"), 2);
}

}  // namespace
}  // namespace marsad

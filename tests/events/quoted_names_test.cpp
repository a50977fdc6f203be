// A name set off by quotation marks after a preposition (ضد مواقع «داعش»، على “تويتر”) still
// stands in that prepositional phrase: it is no subject, and a subject joined to it by و is
// joined to the clause's earlier one. Short phrases from the dev articles, through the whole
// pipeline.
#include <gtest/gtest.h>

#include <string>

#include "gold_fixture.h"
#include "pipeline/pipeline.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// dev_05: the decision is joined to the air strikes, not to داعش inside "ضد مواقع «داعش»"; the
// Turkish decision allows the American planes.
TEST(QuotedNames, ASubjectIsNotJoinedToANameInAPrepositionalPhrase) {
  const auto run = run_phrase(
      "جاءت الغارات الجوية التركية ضد مواقع «داعش» والقرار الحكومي التركي بالسماح للطائرات الحربية الأميركية",
      "2015-07-26");
  const Event* e = run.event("بالسماح");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "turkey");
  EXPECT_EQ(e->target, "united_states");
}

// dev_23, shortened: تويتر after "على" is where the statement was posted, not the topic; the
// battle is the Army of Conquest's, told before it.
TEST(QuotedNames, ANameAfterAPrepositionIsNoTopic) {
  const auto run = run_phrase("وكان “جيش الفتح” اعلن في بيان على “تويتر”، “بدء معركة كفريا ضد قوات النظام”", "2015-09-18");
  const Event* e = run.event("معركة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "jaish_al_fath");
  EXPECT_EQ(e->target, "syrian_arab_army");
}

}  // namespace
}  // namespace marsad

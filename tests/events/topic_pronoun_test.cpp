// A possessive pronoun inside a phrase trigger whose clause names no subject (كما تحسنت علاقتها
// مع موسكو) names the topic told before: an actor in no prepositional phrase, the first of the
// sentence before, not the nearest name. On a seed article with the gold mentions as input
// (gold_fixture.h; the sentences quoted are from data/corpus/seeds).
#include <gtest/gtest.h>

#include <string>

#include "gold_fixture.h"

namespace marsad {
namespace {

// Seed 003 "ويبدو أن أولوية تركيا في سوريا تحولت من الإطاحة بالأسد إلي محاربة الجماعات الكردية
// وتنظيم داعيش الإرهابي في مناطق بشمال سوريا قرب حدودها. كما تحسنت علاقتها مع موسكو": the
// relations are Turkey's, not those of Syria or the Islamic State named after a preposition.
TEST(TopicPronoun, APronounOnTheSubjectNamesTheTopicToldBefore) {
  const Event* e = events_testing::find_event(events_testing::seed_on_gold("003_b370dc8600bd6f38"), "تحسنت", "موسكو");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "turkey");
  EXPECT_EQ(e->target, "russia");
}

}  // namespace
}  // namespace marsad

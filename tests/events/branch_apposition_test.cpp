// A name in an apposition that says what the name before it belongs to (data/events/
// clause_words.tsv `branch` row: ذراع، فرع، الجناح العسكري ل…) describes that name: it is no
// actor of the clause and no referent of a later pronoun. Short phrases from SaudiNewsNet articles.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// SaudiNewsNet (AFP, 2015-07-31): ه in قيامه is Nusra's, the subject, not al-Qaeda's, the owner
// told in the apposition just before the pronoun.
TEST(BranchApposition, TheOwnerOfTheArmIsNoReferent) {
  const auto run = run_phrase(
      "نشر تنظيم «جبهة النصرة» ذراع تنظيم القاعدة في سوريا، شريط فيديو يؤكد فيه قيامه هذا الاسبوع بخطف مقاتلين سوريين",
      "2015-07-31");
  const Event* e = run.event("بخطف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "al_nusra_front");
}

// The same sentence (data/events/clause_words.tsv `within` row): الاميركي in "ضمن البرنامج
// الاميركي" is inside an adverbial phrase, so the participle متهمة takes the topic, Nusra.
TEST(BranchApposition, ANameInsideDimnIsNoTopic) {
  const auto run = run_phrase(
      "نشر تنظيم «جبهة النصرة» ذراع تنظيم القاعدة في سوريا، شريط فيديو يؤكد فيه قيامه هذا الاسبوع بخطف مقاتلين سوريين "
      "مدربين ضمن البرنامج الاميركي للمعارضة المعتدلة، متهمة اياهم «بالتعاون مع الغرب»",
      "2015-07-31");
  const Event* e = run.event("متهمة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "al_nusra_front");
}

}  // namespace
}  // namespace marsad

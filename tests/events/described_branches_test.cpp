// A body described by its branches (القاعدة بفرعيها «داعش» و«جبهة النصرة»): the branches named
// after it belong to its description, and a verb after the description has the body as subject,
// however long the description runs (data/events/clause_words.tsv describes: فرعي، جناحي، فروع).
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// dev_09 (alarabiya opinion, 2015): the assassinations are al-Qaeda's, not its last-named branch's.
TEST(DescribedBranches, TheBodyNotItsLastBranchActs) {
  const auto run = run_phrase(
      "لكن للأسف الجماعات الأجنبية الوافدة على سوريا وتحديدا القاعدة بفرعيها المتناحرين «داعش» و «جبهة النصرة» "
      "التي جلبت معها أجندتها الخاصة ومنظورها التكفيري المتطرف الذي يكفر كل من يجتمع بأحد يمت بصلة لأي دولة "
      "سواء أجنبية أو مسلمة؛ تقوم بعمليات اغتيال واختطاف لهم.",
      "2015-07-20");
  const Event* killing = run.event("اغتيال");
  ASSERT_NE(killing, nullptr);
  EXPECT_EQ(killing->source, "al_qaeda");
}

}  // namespace
}  // namespace marsad

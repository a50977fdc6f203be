// Bare titles with a name inside (الأمين العام للأمم المتحدة، أمير دولة قطر) stand for their
// holder in events, and the title still tells what its holder leads. Short phrases of
// SaudiNewsNet articles (2015) run through the pipeline.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

bool has(const Extraction& x, const std::string& subject, const std::string& predicate, const std::string& object) {
  return std::any_of(x.relations.begin(), x.relations.end(), [&](const Relation& r) {
    return r.subject == subject && r.predicate == predicate && r.object == object;
  });
}

TEST(TitleHolders, TheHolderIsTheEventsActor) {
  // "وقال روحاني بعد اتصال هاتفي مع أمير دولة قطر": the call was with the emir, not with Qatar.
  const auto run = run_phrase("وقال روحاني بعد اتصال هاتفي مع أمير دولة قطر", "2015-07-25");
  const Event* call = run.event("اتصال");
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->target, "tamim_bin_hamad");
}

TEST(TitleHolders, TheTitleStillTellsWhatItsHolderLeads) {
  // The emir is named after the title, with his honorific: the title leads Qatar.
  const auto run = run_phrase("وقال عقب اتصال هاتفي مع أمير دولة قطر الشيخ تميم بن حمد آل ثاني", "2015-07-25");
  EXPECT_TRUE(has(run.x, "tamim_bin_hamad", "leads", "qatar"));
}

}  // namespace
}  // namespace marsad

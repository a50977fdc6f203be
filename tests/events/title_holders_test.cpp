// Bare titles with a name inside (الأمين العام للأمم المتحدة، أمير دولة قطر) stand for their
// holder in events, also in an undated article once its day is read from the text, and the
// title still tells what its holder leads. Short phrases of SaudiNewsNet articles (2015) and
// seed 002 run through the pipeline.
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

TEST(TitleHolders, AnUndatedArticleFindsItsHoldersOnTheInferredDay) {
  // Seed 002 has no date: the text tells it (Astana, August 2019), and then the UN envoy's
  // title is Geir Pedersen's — "أعربت فيه عن أسفها لأن الممثل الخاص للأمين العام للأمم المتحدة في
  // سورية، سيضطر لعدم حضور المحادثات".
  const auto run = run_phrase(events_testing::read_text(data_path("corpus/seeds/002_979cc18ec33a5328.txt")), "");
  EXPECT_TRUE(run.x.publication_date.inferred);
  const Event* regret = run.event("أعربت");
  ASSERT_NE(regret, nullptr);
  EXPECT_EQ(regret->target, "geir_pedersen");
}

}  // namespace
}  // namespace marsad

// An accusative active participle after a comma (حال: …، متوعدة بتكثيف الحملة) tells how the
// subject of the clause it hangs on acted: a name just before it, inside that clause, is no
// subject of its. Feminine ones count only right after a comma, and only for deeds. Short
// phrases from the dev articles and SaudiNewsNet run through the whole pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// dev_23 "بيانا اعلنت فيه استهداف ثكنات الجيش الاسدي …، متوعدة بتكثيف الحملة": the room that
// struck vows more, not the army it struck.
TEST(CircumstantialParticiples, AFeminineOneAfterACommaTakesTheMainAgent) {
  auto run = run_phrase("واصدرت غرفة عمليات حلب بيانا اعلنت فيه استهداف ثكنات الجيش الاسدي، متوعدة بتكثيف الحملة.");
  const Event* e = run.event("متوعدة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "aleppo_operations_room");
}

// SaudiNewsNet "وكررت المستشارة الألمانية انغيلا ميركل … معارضتها لاي خفض لديون أثينا، مشددة على
// أنه": a speech participle keeps the speaker before it (none would be carried to it).
TEST(CircumstantialParticiples, AFeminineSpeechOneKeepsTheSpeaker) {
  auto run = run_phrase("وكررت المستشارة الألمانية انغيلا ميركل يوم الأحد معارضتها لاي خفض لديون أثينا، مشددة على أنه لا يمكن شطب الديون بهذه الطريقة.");
  const Event* e = run.event("مشددة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "angela_merkel");
}

}  // namespace
}  // namespace marsad

// A meeting refused in the future negation (لن ترسل وفدا، لن تشارك) is a rejection of the talks
// (CAMEO 125), not a negated visit (data/events/triggers.tsv, the رفض المشاركة row). Seed
// sentences run with the gold mentions (gold_fixture.h).
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

// seed 000 "أعلنت وزارة الخارجية الأمريكية إن الولاياتالمتحدة لن ترسل وفدا للمشاركة في المحادثات
// السورية في أستانة": the United States declines the talks.
TEST(Refusals, NotSendingADelegationRejectsTheTalks) {
  const auto& run = events_testing::seed_on_gold("000_91d677eadaf30955");
  const Event* refusal = nullptr;
  for (const auto& e : run.extraction.events)
    if (events_testing::substring(run.document.text, e.trigger).starts_with("لن ترسل")) refusal = &e;
  ASSERT_NE(refusal, nullptr);
  EXPECT_EQ(refusal->cameo, "125");
  EXPECT_EQ(refusal->source, "united_states");
  // The refusal holds its negation: it is no negated meeting (the statement makes it a claim).
  EXPECT_NE(refusal->modality, Modality::kNegated);
}

}  // namespace
}  // namespace marsad

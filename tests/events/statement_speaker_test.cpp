// A statement noun after في, right after the subject of a speech verb (وأكدت الحكومة التركية في
// بيان صادر عن …), is that subject speaking: the office it came from is only its channel.
// Short phrases from the dev articles run through the whole pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// dev_21 "وأكدت الحكومة التركية في بيان صادر عن مكتب رئيس الوزراء احمد داود اوغلو".
TEST(StatementSpeaker, TheSpeechVerbsSubjectIssuesTheStatement) {
  const auto run = run_phrase("وأكدت الحكومة التركية في بيان صادر عن مكتب رئيس الوزراء احمد داود اوغلو", "2015-07-26");
  const Event* e = run.event("بيان");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "turkish_government");
}

// dev_21 "اكد البيان الصادر عن مكتب رئيس الوزراء التركي": with no speech verb before it, the
// statement is the office's.
TEST(StatementSpeaker, WithoutASpeechVerbTheIssuerSpeaks) {
  const auto run = run_phrase("اكد البيان الصادر عن مكتب رئيس الوزراء التركي ان العمليات العسكرية الجوية تواصلت", "2015-07-26");
  const Event* e = run.event("البيان");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "turkish_pm_office");
}

}  // namespace
}  // namespace marsad

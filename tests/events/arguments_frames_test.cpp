// Source and target of events on seed sentences (data/corpus/seeds), with the gold mentions as
// input (gold_fixture.h): the syntactic rules of src/events/arguments.cpp and the lexical ones of
// data/events/argument_frames.tsv.
#include <gtest/gtest.h>

#include <map>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::GoldRun;

const GoldRun& seed(const std::string& doc) { return events_testing::seed_on_gold(doc); }

// The first event whose trigger is `trigger` and whose evidence contains `context`, or nullptr.
const Event* event(const GoldRun& run, const std::string& trigger, const std::string& context) {
  for (const auto& e : run.extraction.events)
    if (events_testing::substring(run.document.text, e.trigger) == trigger &&
        events_testing::substring(run.document.text, e.evidence).find(context) != std::string::npos)
      return &e;
  return nullptr;
}

// SVO: the noun right before the verb is its subject, the one after it the object. Seed 004
// "إن لواء الأقصى بايع داعش سرا" (VSO would take داعش as the subject).
TEST(Arguments, SubjectRightBeforeTheVerb) {
  const Event* e = event(seed("004_fb28ff19c70edb97"), "بايع", "لواء الأقصى");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "liwa_al_aqsa");
  EXPECT_EQ(e->target, "isis");
}

// A partitive topic after أن: seed 003 "أن وحدات من الجيش السوري نفذت عملية نوعية علي أحد مقرات
// داعش" — the army is the agent although a preposition stands before it.
TEST(Arguments, PartitiveTopicIsTheAgent) {
  const Event* e = event(seed("003_b370dc8600bd6f38"), "عملية نوعية", "مقرات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "syrian_arab_army");
  EXPECT_EQ(e->target, "isis");
}

// A patient genitive (argument_frames.tsv `patient`): seed 003 "أولوية تركيا في سوريا تحولت من
// الإطاحة بالأسد إلي محاربة الجماعات الكردية" — the Kurdish groups are fought, Turkey fights.
TEST(Arguments, PatientGenitiveIsTheTarget) {
  const Event* e = event(seed("003_b370dc8600bd6f38"), "محاربة", "الجماعات الكردية");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->target, "kurdish_armed_groups");
  EXPECT_EQ(e->source, "turkey");
}

// A verb of undergoing (argument_frames.tsv `undergo`) and من قبل: seed 003 "إن المعارضة تتعرض
// لضغوط من أجل المشاركة من قبل تركيا" — Turkey presses, the opposition is pressed.
TEST(Arguments, UndergoerIsTheTargetAndMinQibalTheSource) {
  const Event* e = event(seed("003_b370dc8600bd6f38"), "لضغوط", "تركيا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "turkey");
  EXPECT_EQ(e->target, "syrian_opposition");
}

// A verb of losing (argument_frames.tsv `loser`): seed 000 "داعش يحارب … في الوقت الذي يفقد فيه
// أراضي في العراق" — IS is the one that loses ground, the target of the retreat.
TEST(Arguments, LoserIsTheTarget) {
  const GoldRun& run = seed("000_91d677eadaf30955");
  const Event* e = nullptr;
  for (const auto& x : run.extraction.events)
    if (events_testing::substring(run.document.text, x.trigger).starts_with("يفقد")) e = &x;
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->target, "isis");
  EXPECT_NE(e->source, "isis");
}

}  // namespace
}  // namespace marsad

// Cues that look like a negation or a plan and are not: ما after a preposition is "what"
// (بحسب ما ذكر المرصد), لا تزال / ما زالت is "still", and قضى is "stipulated" (planned) only with
// the preposition ب it governs (يقضي بانسحاب), not "died" or "spent" (قضى معظم المقاتلين في).
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::find_event;
using events_testing::run_phrase;

// seed 000 "للدفاع عن المناطق التي لا تزال تسيطر عليها": not a negation (the relative makes it
// a standing state, no event); a plain clause: still shelling is shelling.
TEST(ModalityGuards, StillIsNoNegation) {
  auto run = run_phrase("وقال المرصد إن قوات النظام لا تزال تقصف مدينة داريا.");
  const Event* e = run.event("تقصف");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->modality, Modality::kNegated);
  auto denied = run_phrase("وقال المرصد إن قوات النظام لم تقصف مدينة داريا.");
  ASSERT_NE(denied.event("تقصف"), nullptr);
  EXPECT_EQ(denied.event("تقصف")->modality, Modality::kNegated);
}

// SaudiNewsNet (AFP, 2015-07-23): "بحسب ما ذكر المرصد السوري لحقوق الانسان".
TEST(ModalityGuards, WhatAfterAPrepositionIsNoNegation) {
  auto run = run_phrase("وخطفت جبهة النصرة ثمانية عناصر قرب مدينة اعزاز، بحسب ما ذكر المرصد السوري لحقوق الانسان.");
  const Event* e = run.event("ذكر");
  if (e) {
    EXPECT_NE(e->modality, Modality::kNegated);
  }
  const Event* kidnap = run.event("وخطفت");
  ASSERT_NE(kidnap, nullptr);
  EXPECT_NE(kidnap->modality, Modality::kNegated);
}

// SaudiNewsNet (AFP, 2015-07-23): "حيث قضى معظم مقاتلي النصرة في استهداف التحالف لمقارهم":
// they died in the strike, which happened; seed 004 "أن الاتفاق يقضي بانسحاب داعش من القلمون
// الشرقي": the withdrawal is stipulated, so planned.
TEST(ModalityGuards, StipulatesOnlyWithItsPreposition) {
  auto run = run_phrase("وقتل 25 من مقاتلي جبهة النصرة، حيث قضى معظم مقاتلي النصرة في استهداف التحالف لمقارهم.");
  const Event* e = run.event("استهداف");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->modality, Modality::kPlanned);
  const auto& s004 = events_testing::seed_on_gold("004_fb28ff19c70edb97");
  const Event* withdrawal = find_event(s004, "بانسحاب", "يقضي بانسحاب داعش من القلمون");
  ASSERT_NE(withdrawal, nullptr);
  EXPECT_EQ(withdrawal->modality, Modality::kPlanned);
}

}  // namespace
}  // namespace marsad

// A passive participle as the predicate of كان or a sister of it (data/events/argument_frames.tsv
// `predicate_patient`, clause_words.tsv `copula`): its subject underwent the deed, so it is the
// target, and no one named is the source.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_actors;

// Seed 001 (data/corpus/seeds/001_4adcd82f8367ead6.txt): the opposition is besieged.
TEST(PredicatePatient, TheSubjectOfACopulaIsBesieged) {
  expect_actors("حيث أصبحت قوات المعارضة محاصرة داخل أحياء المدينة.", "محاصرة", "", "syrian_opposition");
  expect_actors("وقال المرصد إن قوات المعارضة أصبحت محاصرة داخل أحياء المدينة.", "محاصرة", "", "syrian_opposition");
}

// With no copula the same letters are the verbal noun, whose subject besieges.
TEST(PredicatePatient, WithoutACopulaTheSubjectBesieges) {
  expect_actors("وأكد أن قوات النظام تواصل محاصرة المدينة.", "محاصرة", "syrian_arab_army", "");
}

}  // namespace
}  // namespace marsad

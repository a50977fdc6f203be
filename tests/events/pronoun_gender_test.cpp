// A possessive pronoun agrees with its referent in gender, and a country's name has a gender
// of its own: most take ها, a few are masculine (العراق، لبنان) and take ه
// (data/events/clause_words.tsv `masculine_place`). A short phrase from a dev article, through
// the whole pipeline.
#include <gtest/gtest.h>

#include <string>

#include "gold_fixture.h"
#include "pipeline/pipeline.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// dev_17: ها in انسحابها is America's; Iraq, named between, is masculine (منه).
TEST(PronounGender, AMasculineCountryTakesNoFemininePronoun) {
  const auto run = run_phrase("تسليم أمريكا العراق قبل انسحابها منه إلى عملاء إيران", "2015-08-01");
  const Event* e = run.event("انسحابها");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "united_states");
}

}  // namespace
}  // namespace marsad

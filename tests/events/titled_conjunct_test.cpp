// A person joined by و with his title before him (X والرئيس المخلوع، علي عبدالله صالح، قامت):
// the names are coordinated subjects and the first, X, is the source, as with "X وY" (first_conjunct
// in referents.cpp). Short phrases from SaudiNewsNet articles.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// SaudiNewsNet (2015): the title and its adjective, set off by commas, stand between the two.
TEST(TitledConjunct, TheFirstOfNameAndTitledPersonIsTheSource) {
  const auto run = run_phrase(
      "أن ميليشيات الحوثي والرئيس المخلوع، علي عبدالله صالح، قامت أمس بقصف متعمد لمنطقة سد الجبلين في منطقة الضباب",
      "2015-07-31");
  const Event* e = run.event("بقصف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "houthis");
}

}  // namespace
}  // namespace marsad

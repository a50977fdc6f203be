// A definite trigger noun right after a verb is that verb's object, even with an agent of its
// own: the verb names the event (event_extractor.cpp, governed). A seed sentence runs through the
// whole pipeline, whose entity stage reads التركي as Turkey.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

// seed 002 "لكن موسكو تجاهلت الطلب التركي": Moscow ignoring the request is the event; Turkey's
// request is what was ignored.
TEST(VerbObjects, ARequestIgnoredIsNoRequestOfItsOwn) {
  auto run = events_testing::run_phrase("لكن موسكو تجاهلت الطلب التركي.");
  const Event* ignored = run.event("تجاهلت");
  ASSERT_NE(ignored, nullptr);
  EXPECT_EQ(ignored->cameo.substr(0, 2), "12");
  EXPECT_EQ(ignored->source, "russia");
  EXPECT_EQ(ignored->target, "turkey");
  EXPECT_EQ(run.event("الطلب"), nullptr);
}

}  // namespace
}  // namespace marsad

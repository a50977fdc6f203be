// Where a definite head noun that refers back (التنظيم) may find its referent: not in the name
// that the relative clause holding it describes, which is that clause's subject. Seed articles
// run with the gold mentions (gold_fixture.h; sentences quoted from data/corpus/seeds).
#include <gtest/gtest.h>

#include <string>

#include "gold_fixture.h"

namespace marsad {
namespace {

// Seed 004 "يخلي فيها داعش مناطق للنصرة، التي بدورها تسهل وصول الدعم للتنظيم الذي يتلقى ضربات
// موجعة في العراق وسوريا": النصرة eases the support, so التنظيم it eases it to is داعش, the one
// that takes the blows (their attackers go unnamed).
TEST(AnaphorScope, NotTheSubjectOfItsOwnRelativeClause) {
  const Event* e = events_testing::find_event(events_testing::seed_on_gold("004_fb28ff19c70edb97"), "ضربات", "يتلقى");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->target, "isis");
  EXPECT_EQ(e->source, "");
}

}  // namespace
}  // namespace marsad

// "Its source" after a deed: the name after مصدره/مصدرها did the deed (تعرض حي الوعر لقصف عنيف
// بقذائف الدبابات مصدره قوات الأسد), whatever the subject of the verb of undergoing before it.
// A short phrase of the dev gold (dev_15) runs through the whole pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"
#include "pipeline/pipeline.h"

namespace marsad {
namespace {

using events_testing::expect_actors;

// The shelling a district underwent came from the Assad forces: they are its source, not its
// target.
TEST(DeedOrigin, TheNameAfterItsSourceIsTheAgent) {
  expect_actors("تعرض حي الوعر لقصف عنيف بقذائف الدبابات مصدره قوات الأسد.", "لقصف", "syrian_arab_army", "");
}

}  // namespace
}  // namespace marsad

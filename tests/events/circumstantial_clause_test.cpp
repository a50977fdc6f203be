// و + a pronoun + an imperfect verb (ابتسم وهو يقول ذلك، وهي تدعو إلى) is a circumstantial
// clause: what its subject was doing meanwhile or what it is like, no new event
// (data/events/modality.tsv, state cues). Short phrases from the dev articles run through the
// whole pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// dev_07 "قالت الصحيفة إن هورموزلو ابتسم وهو يقول ذلك": the saying is how he smiled, no
// statement of his.
TEST(CircumstantialClauses, AnImperfectAfterWaAndAPronounIsNoNewEvent) {
  auto smiled = run_phrase("قالت الصحيفة إن هورموزلو ابتسم وهو يقول ذلك.");
  EXPECT_EQ(smiled.event("يقول"), nullptr);
}

// dev_05 "تطويرها، وهي تدعو إلى تنفيذ العمليات الانتحارية ضد المدنيين": what a doctrine is
// like, not a call made.
TEST(CircumstantialClauses, ADescriptionIsNoCall) {
  auto doctrine = run_phrase("الأساليب القتالية التي عمل تنظيم القاعدة على تطويرها، وهي تدعو إلى تنفيذ العمليات الانتحارية ضد المدنيين.");
  EXPECT_EQ(doctrine.event("تدعو"), nullptr);
}

}  // namespace
}  // namespace marsad

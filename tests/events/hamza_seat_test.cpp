// A word written with ئ is not a trigger form written with a plain ي. The match key folds ئ to ي
// (writers often drop the hamza: a form with ئ still matches the word without it), but nobody
// adds a hamza that is not there, so بائع (seller) is not بايع (pledged allegiance) and وسائد
// (cushions) is not و + سايد. Short phrases of SaudiNewsNet articles.
#include <gtest/gtest.h>

#include <string>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_event;
using events_testing::expect_no_event;

// SaudiNewsNet: a seller of tents pledged nothing; the citizens who pledged allegiance to the
// king did (a pledge, CAMEO 062 in triggers.tsv).
TEST(HamzaSeat, ASellerPledgesNoAllegiance) {
  expect_no_event("بدوره، أوضح ناصر عايش وهو بائع بأحد محال تأجير الخيام بالمدينة أنه مع حلول إجازة العيد يزداد الطلب.", "بائع");
  expect_event("وفي يوم الأحد 25 يناير بايع المواطنون الملك سلمان وولي العهد وولي ولي العهد.", "بايع", "06");
}

// SaudiNewsNet: the seven airbags of a car praise nobody.
TEST(HamzaSeat, CushionsAreNoSupport) {
  expect_no_event("وتوفر السيارة سبع وسائد هوائية بما في ذلك وسادة أمامية مركزية.", "وسائد");
}

}  // namespace
}  // namespace marsad

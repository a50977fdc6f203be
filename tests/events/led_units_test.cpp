// A unit inside a place or a body (data/events/led_units.tsv): in a title between the head and the
// place, the unit is what is led (مدير شرطة منطقة جازان heads the police, not the Jazan region),
// while a head right before the body leads it (مدير جامعة زايد). Phrases from SaudiNewsNet, 2015.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

bool leads(const Extraction& x, const std::string& object) {
  return std::any_of(x.relations.begin(), x.relations.end(),
                     [&](const Relation& r) { return r.predicate == "leads" && r.object == object; });
}

bool holds_a_role(const Extraction& x) {
  return std::any_of(x.relations.begin(), x.relations.end(), [](const Relation& r) { return r.predicate == "holds_role"; });
}

TEST(LedUnits, ThePoliceChiefOfARegionDoesNotLeadTheRegion) {
  for (const char* text : {"وأوضح مدير شرطة منطقة جازان اللواء ناصر بن صالح الدويسي أن الحادث وقع أمس",
                           "وقال مدير جوازات منطقة الرياض العميد سليمان بن عبدالرحمن السحيباني إن العمل مستمر"}) {
    const auto run = run_phrase(text, "2015-07-20");
    EXPECT_FALSE(leads(run.x, "jazan_region")) << text;
    EXPECT_FALSE(leads(run.x, "riyadh_region")) << text;
    EXPECT_TRUE(holds_a_role(run.x)) << text;  // the title still stands
  }
}

TEST(LedUnits, TheGovernorOfARegionLeadsIt) {
  const auto run = run_phrase("وأكد أمير منطقة الباحة الأمير مشاري بن سعود أن العمل مستمر", "2015-07-20");
  EXPECT_TRUE(leads(run.x, "al_bahah_region"));
}

}  // namespace
}  // namespace marsad

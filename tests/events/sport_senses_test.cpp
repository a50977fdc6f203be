// A player's part in a game is no meeting: a word of sport only (مباراة، اللاعب، المران) within 6
// words of شارك، مشاركة، حضور … (unless_near= in data/events/triggers.tsv) marks the sport sense.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_event;
using events_testing::expect_no_event;

// SaudiNewsNet (aawsat, alriyadh): the sport word stands 3 to 5 words from the trigger, out of
// unless='s reach of 2.
TEST(SportSenses, APlayerPlayingIsNoParticipation) {
  expect_no_event("وشارك نافاس في مباراة الفريق السبت أمام روما الإيطالي في الكأس الدولية الودية للأبطال.", "وشارك");
  expect_no_event("وسيعود للمشاركة مع زملائه اللاعبين في المباريات في شهر سبتمبر المقبل.", "للمشاركة");
  expect_no_event("وشهد المران مشاركة قائد الفريق محمد نور، بالإضافة إلى المهاجم الفنزويلي ريفاس.", "مشاركة");
}

// Seed 003: taking part in talks stays a meeting (04x).
TEST(SportSenses, TakingPartInTalksStaysAMeeting) {
  expect_event("ويري محللون إن المعارضة تتعرض لضغوط من أجل المشاركة من قبل تركيا أحد داعميها الرئيسيين.", "المشاركة", "04");
  expect_event("ولا تشارك الولاياتالمتحدة في المساعي الدبلوماسية الأخيرة.", "تشارك", "04");
}

}  // namespace
}  // namespace marsad

// The accusative tanwin alif (هجوما → هجوم) never follows a glued preposition or the article:
// they govern the genitive. Read anyway, بعدما "after" became ب + عدم "absence" + alif, and the
// negation cue عدم negated the event after it. Sentences from seed articles 004 and 000.
#include <gtest/gtest.h>

#include "core/utf8.h"
#include "events/word_forms.h"
#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

TEST(TanwinReading, NoTanwinReadingUnderAPreposition) {
  bool bare_tanwin = false;
  for (const auto& r : word_readings(lexicon_key("بعدما"), false)) {
    EXPECT_FALSE((r.clitics & kTanwin) && (r.clitics & kPreposition)) << utf8::encode(r.stem);
    bare_tanwin = bare_tanwin || (r.clitics & kTanwin);
  }
  EXPECT_TRUE(bare_tanwin);  // the word itself may still end in the alif (هجوما)
  bool accusative = false;
  for (const auto& r : word_readings(lexicon_key("هجوما"), false))
    accusative = accusative || ((r.clitics & kTanwin) && r.stem == lexicon_key("هجوم"));
  EXPECT_TRUE(accusative);
}

TEST(TanwinReading, AnEventAfterBaadamaIsAsserted) {
  auto run = run_phrase(
      "ويدخل فصيل لواء الأقصى إلى المشهد، مع وصول ألف ومائتي مقاتل فيه مع عائلاتهم إلى الرقة، بعدما انفصل عن جبهة "
      "فتح الشام إثر انضمامها إلى هيئة تحرير الشام، التي تضم فصائل مرتبطة بدول خارجية.");
  const Event* split = run.event("انفصل");
  ASSERT_NE(split, nullptr);
  EXPECT_EQ(split->modality, Modality::kAsserted);
}

TEST(TanwinReading, AStrikeAfterBaadamaIsNotNegated) {
  auto run = run_phrase(
      "وتأججت الاتهامات بالخيانة بين الفصائل.بعدما استُهدفَت النصرة بغاراتي أميركية. أوقعت عشرات القتلي من عناصرها.");
  const Event* strike = run.event("استُهدفَت");
  ASSERT_NE(strike, nullptr);
  EXPECT_NE(strike->modality, Modality::kNegated);
}

}  // namespace
}  // namespace marsad

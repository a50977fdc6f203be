// Who faced a deed and who is the object after an unnamed subject: the names right before
// "in the face of" (أمام) a deed of force are its target, each of several set off by brackets
// and joined by و ((جبهة ثوار سوريا) و (حركة حزم) امام الهجوم الكاسح لجبهة النصرة); a noun with
// the article takes no genitive, so an indefinite name right after such a subject (اتهمت
// السلطات تنظيم الدولة) is the object, not the subject; the names after "each of" (كل من) after
// a verb are its subjects, acting together. Phrases quoted from data/corpus/seeds
// and short phrases from SaudiNewsNet run through the whole pipeline.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "gold_fixture.h"
#include "pipeline/pipeline.h"

namespace marsad {
namespace {

using events_testing::PhraseRun;
using events_testing::run_phrase;

// The targets of the events of `run` whose trigger text starts with `trigger`, by source.
std::multiset<std::string> targets_of(const PhraseRun& run, const std::string& trigger, const std::string& source) {
  std::multiset<std::string> out;
  for (const auto& e : run.x.events)
    if (events_testing::substring(run.doc.text, e.trigger).starts_with(trigger) && e.source == source) out.insert(e.target);
  return out;
}

// Seed 001: the defeat of two groups in the face of al-Nusra's attack; each group is a target
// of the attack, though brackets set each name off.
TEST(FacingAndObject, TheNamesBeforeAmamAreTheTargetsOfTheDeed) {
  PhraseRun run = run_phrase(
      "وقد اعتبرت واشنطن ان هزيمة ( جبهة ثوار سوريا) و (حركة حزم) امام الهجوم الكاسح لجبهة النصرة ضربة قوية "
      "للولايات المتحدة في ميدان الحرب السورية.");
  EXPECT_EQ(targets_of(run, "الهجوم", "al_nusra_front"),
            (std::multiset<std::string>{"harakat_hazm", "syria_revolutionaries_front"}));
}

// SaudiNewsNet (okaz, 2015-07-23): the authorities accused the Islamic State; السلطات, with its
// article, is no construct with the name after it, which is the object.
TEST(FacingAndObject, AnIndefiniteNameAfterADefiniteSubjectNounIsTheObject) {
  PhraseRun run = run_phrase(
      "إن تركيا سترفع الحظر على تويتر بعد محو صور تتعلق بهجوم انتحاري اتهمت السلطات تنظيم الدولة الإسلامية بارتكابه.");
  const Event* e = run.event("اتهمت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->target, "isis");
  EXPECT_NE(e->source, "isis");
}

// SaudiNewsNet (2015): "each of" the countries took part in the fairs; the first is the source.
TEST(FacingAndObject, TheFirstNameAfterEachOfIsTheSubject) {
  PhraseRun run = run_phrase("وشارك في المعارض كل من اذربيجان وقازاخستان وطاجيكستان وتركيا والهند.");
  const Event* e = run.event("وشارك");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "azerbaijan");
  EXPECT_EQ(e->target, "");
}

// SaudiNewsNet (2015-07-27, box office): the co-stars of a film after "each of" are no targets
// of one another's part in it.
TEST(FacingAndObject, CoStarsAfterEachOfAreNoTargets) {
  PhraseRun run = run_phrase("واحتل فيلم (Minions) المركز الثاني والذي شارك فيه كل من ساندرا بولوك ومايكل كيتون وستيف كاريل محققا إيرادات بلغت 50.2 مليون دولار.");
  size_t with_target = 0, seen = 0;
  for (const auto& e : run.x.events)
    if (events_testing::substring(run.doc.text, e.trigger).starts_with("شارك")) {
      ++seen;
      with_target += !e.target.empty();
    }
  EXPECT_GT(seen, 0u);
  EXPECT_EQ(with_target, 0u);
}

}  // namespace
}  // namespace marsad

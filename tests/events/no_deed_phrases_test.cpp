// Set phrases whose words are triggers but that tell no deed (data/events/triggers.tsv: formula
// rows, unless=, unless_before=): a fight that did not happen (بلا قتال), the killer and the
// killed as a pair of nouns, a place someone holds (قرية يسيطر عليها), the process of dealing
// with someone (عملية التعامل), a danger a country faces (تواجه تهديدا), and the machine guns
// vehicles carry (آليات مزودة برشاشات). Seed and dev
// articles and SaudiNewsNet (SNN) quoted in short phrases, run through the pipeline.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_no_event;
using events_testing::find_event;
using events_testing::run_phrase;

// seed 004: "هذا الانسحاب بلا قتال" says ISIS withdrew without a fight; no fight is coded.
TEST(NoDeedPhrases, WithoutAFightIsNoFight) {
  const auto run = run_phrase(
      "تحركات ميدانية لمسلحي داعش في سوريا، تبين انسحابه \"بصمت\"، من عدة مناطق لصالحِ هيئة تحرير الشام، التي تقودها "
      "جبهة النصرة. هذا الانسحاب بلا قتال، يأتي وفقا لاتفاق بين قائدي داعش والنصرة.");
  EXPECT_EQ(run.event("قتال"), nullptr);
  EXPECT_NE(run.event("لاتفاق"), nullptr);  // the agreement told beside it stays
}

// dev_07: "قاتل ومقتول" is the killer and the killed of any fight, said in general.
TEST(NoDeedPhrases, TheKillerAndTheKilledIsNoFight) {
  expect_no_event("لو كان هناك قاتل ومقتول في موضع فإنني ابحث عن الخطأ في الجانبين.", "قاتل");
}

// SNN aawsat 2015-07-21 (two articles): the imperfect of سيطر with the pronoun of the place
// before it tells who holds that place, with or without a relative pronoun.
TEST(NoDeedPhrases, APlaceSomeoneHoldsIsNoTakeover) {
  const auto aden = run_phrase(
      "وبدأت قوات التحالف بقيادة السعودية ضربات جوية ضد الحوثيين وقوات صالح يوم 26 مارس (آذار) في مسعى لمنعهم من "
      "الاستيلاء على عدن، وهي آخر مدينة لا تزال حكومة هادي تسيطر عليها ولإعادة إرساء حكم الرئيس في صنعاء.");
  EXPECT_EQ(aden.event("تسيطر"), nullptr);
  EXPECT_NE(aden.event("الاستيلاء"), nullptr);  // the takeover they were to prevent stays
  expect_no_event("واعتاد «داعش» في العراق وسوريا بيع ما يسيطر عليه من نفط بأسعار بخسة عبر وسطاء في السوق السوداء.",
                  "يسيطر");
}

// seed 001: "عملية التعامل معها" is the process of dealing with the National Defence Forces, no
// military operation.
TEST(NoDeedPhrases, TheProcessOfDealingIsNoOperation) {
  expect_no_event(
      "وتقول المعلومات ان المعضلة الاساس تكمن في ان واشنطن كانت قد وضعت قوات الدفاع الوطني على لائحة الارهاب "
      "الامريكية، وهذا ما يعقد عملية التعامل معها كقوة على الارض يتم دعمها جوا لحرب داعش.",
      "عملية");
}

// dev_21: "ما دامت تركيا تواجه تهديدا" is a danger Turkey faces; nobody threatened anyone.
TEST(NoDeedPhrases, ADangerFacedIsNoThreat) {
  expect_no_event(
      "وقال داود أوغلو في مؤتمر صحفي في أنقرة «هذه العمليات ليست مجرد عملية واحدة وسوف تستمر ما دامت تركيا تواجه "
      "تهديداً».",
      "تهديد");
}

// seed 003: "وتدمير رتل آليات مزودة برشاشات ثقيلة" names the guns the destroyed vehicles carried;
// nobody opened fire with them.
TEST(NoDeedPhrases, GunsAVehicleCarriesAreNoShooting) {
  const auto& s003 = events_testing::seed_on_gold("003_b370dc8600bd6f38");
  EXPECT_EQ(find_event(s003, "برشاشات", "مزودة برشاشات"), nullptr);
}

}  // namespace
}  // namespace marsad

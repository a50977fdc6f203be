// Both sides of an event named by reference or inside its own words: a dual noun for two groups
// told before (فالتنظيمان، التنظيمين), an appositive list after a common noun (وهي روسيا وإيران),
// a verb that claims the deed after it (تبناهما), the owner of a possessed patient (بخطف
// زعيمها), a name inside a phrase trigger (أكدت المعارضة السورية مشاركتها، قصف الطائرات التركية،
// حرق … للطيار الأردني حيا). Seed articles run with the gold mentions (gold_fixture.h; sentences
// quoted from data/corpus/seeds); short phrases from the dev articles run through the whole
// pipeline.
#include <gtest/gtest.h>

#include <string>

#include "gold_fixture.h"
#include "pipeline/pipeline.h"

namespace marsad {
namespace {

using events_testing::GoldRun;
using events_testing::PhraseRun;
using events_testing::run_phrase;

const GoldRun& seed(const std::string& doc) { return events_testing::seed_on_gold(doc); }

const Event* event(const GoldRun& run, const std::string& trigger, const std::string& context) {
  return events_testing::find_event(run, trigger, context);
}


// Seed 004 "الخلاف المستحكم بين داعش والنصرة، لكن الأيام تثبت عكس ذلك، فالتنظيمان اتفقا مؤخرا":
// the dual noun names the two groups told last; an agreement is symmetric, so the earlier is
// the source and the other the target.
TEST(ArgumentSides, ADualNounNamesBothSidesOfASymmetricDeed) {
  const Event* e = event(seed("004_fb28ff19c70edb97"), "اتفقا", "فالتنظيمان");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "isis");
  EXPECT_EQ(e->target, "al_nusra_front");
}

// Seed 004 "فالتنظيمان المتطرفان، أجريا مفاوضات سرية": the same through a support verb, after
// the sentence that names the two ("بين قائدي داعش والنصرة أبي بكر البغدادي وأبي محمد الجولاني":
// the leaders are persons, not the groups the dual noun stands for).
TEST(ArgumentSides, ADualNounBeforeASupportVerb) {
  const Event* e = event(seed("004_fb28ff19c70edb97"), "مفاوضات", "أجريا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "isis");
  EXPECT_EQ(e->target, "al_nusra_front");
}

// dev_21 "واتهمت السلطات التركية التنظيمين بالوقوف وراءها" after strikes on داعش and the PKK: the
// object is the pair, of which the one told first is coded; the accuser is no member.
TEST(ArgumentSides, ADualNounAsTheObjectIsTheFirstOfThePair) {
  PhraseRun run = run_phrase(
      "شنت مقاتلات تركية غارات جوية على مواقع لتنظيم داعش وبدأت حملة قصف لمخيمات ناشطي حزب العمال "
      "الكردستاني. واتهمت السلطات التركية التنظيمين بالوقوف وراءها.");
  const Event* e = run.event("واتهمت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "turkish_government");
  EXPECT_EQ(e->target, "isis");
}

// Seed 002 "في بيان مشترك للدول الضامنة لمسار أستانا، وهي روسيا وإيران وتركيا": the common noun
// in the genitive is named by the list after وهي; the first name is the source.
TEST(ArgumentSides, AnAppositiveListNamesTheGenitive) {
  const Event* e = event(seed("002_979cc18ec33a5328"), "بيان", "للدول الضامنة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "russia");
}

// Seed 002 "أكدت المعارضة السورية مشاركتها في المحادثات": the verb phrase holds its subject
// after the verb; nothing from the sentence before (the Kazakh ministry) is its source.
TEST(ArgumentSides, AVerbPhraseHoldsItsSubject) {
  const Event* e = event(seed("002_979cc18ec33a5328"), "أكدت", "مشاركتها");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "syrian_opposition");
}

// dev_24 "لتفجيرين تبناهما «داعش»": the verb that claims the bombings names their agent, who
// is then no target.
TEST(ArgumentSides, AVerbThatClaimsTheDeedNamesItsAgent) {
  PhraseRun run = run_phrase("غداة تعرض مناطق مماثلة في العاصمة لتفجيرين تبناهما «داعش» الإرهابي.");
  const Event* e = run.event("لتفجيرين");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "isis");
  EXPECT_EQ(e->target, "");
}

// dev_01 "واتهمت الجماعة جبهة النصرة بخطف زعيمها": the leader kidnapped is the group's (ها
// refers to the group, the accused being the agent), so the group is the target.
TEST(ArgumentSides, TheOwnerOfAPossessedPatientIsTheTarget) {
  PhraseRun run = run_phrase("وقتل خمسة من أفراد الفرقة 30 أثناء تصديهم للمهاجمين. واتهمت الجماعة جبهة النصرة بخطف زعيمها.");
  const Event* e = run.event("بخطف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "al_nusra_front");
  EXPECT_EQ(e->target, "division_30");
}

// dev_05 "حرق التنظيم المتطرف للطيار الأردني حيًا" and "بالسماح للطائرات الحربية الأميركية":
// a name after ل among a phrase trigger's own words is the patient (a pilot stands for his
// state, demonyms.tsv).
TEST(ArgumentSides, ANameAfterLamInsideAPhraseIsTheTarget) {
  PhraseRun burnt = run_phrase("وقد رأينا ردة الفعل الغاضب إثر حرق تنظيم داعش للطيار الأردني حيًا في ديسمبر.");
  const Event* e = burnt.event("حرق");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "isis");
  EXPECT_EQ(e->target, "jordan");
  PhraseRun allowed = run_phrase("والقرار الحكومي التركي بالسماح للطائرات الحربية الأميركية بالانطلاق من القواعد الجوية التركية.");
  const Event* a = allowed.event("بالسماح");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->target, "united_states");
}

// dev_21 "بختيار دوغان قصف الطائرات التركية لـ»مواقعنا": a name that starts inside a phrase
// trigger is its agent, not the speaker before it.
TEST(ArgumentSides, ANameInsideANounPhraseIsItsAgent) {
  PhraseRun run = run_phrase("وأكد المسؤول الاعلامي لحزب العمال الكردستاني بختيار دوغان قصف الطائرات التركية لـ»مواقعنا في الشريط الحدودي.");
  const Event* e = run.event("قصف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "turkish_army");
}

// Seed 004 "الذي يزيد من قوة هيئة تحرير الشام وداعش على حسابه، مما دفعه لتحذير أهالي القلمون …،
// متهما قائد النصرة": داعش is joined to a name inside a prepositional phrase (من قوة …), so it is
// no topic either; the warning and the charge are those of جيش الإسلام, the sentence's topic.
TEST(ArgumentSides, ANameJoinedToOneInsideAPrepositionalPhraseIsNoTopic) {
  const GoldRun& s004 = seed("004_fb28ff19c70edb97");
  const Event* warning = event(s004, "لتحذير", "أهالي القلمون");
  ASSERT_NE(warning, nullptr);
  EXPECT_EQ(warning->source, "jaish_al_islam");
  const Event* charge = event(s004, "متهما", "قائد النصرة");
  ASSERT_NE(charge, nullptr);
  EXPECT_EQ(charge->source, "jaish_al_islam");
}

// Seed 002 "واستبقت وزارة الدفاع الروسية اللقاء بإطلاق تحذيرات": the warnings complete the masdar
// بإطلاق, which completes the verb; its subject issued them.
TEST(ArgumentSides, ANounCompletingAPrepositionalMasdarTakesTheTopic) {
  const Event* e = event(seed("002_979cc18ec33a5328"), "تحذيرات", "بإطلاق");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "russian_ministry_of_defense");
}

// dev_13 "خطاب الأمين العام لـ"حزب الله" حسن نصرالله الأخير": the title in the genitive of a
// speech is the person named after its body, across the quotation marks.
TEST(ArgumentSides, AnAgentNounInTheGenitiveStandsForItsHolder) {
  PhraseRun run = run_phrase("وتطرق دياب إلى خطاب الأمين العام لـ\"حزب الله\" حسن نصرالله الأخير.");
  const Event* e = run.event("خطاب");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "hassan_nasrallah");
}

// Seed 004 "تشكيل غرفة عمليات موحدة، لجميع فصائل المعارضة التي توصف بالمعتدلة، بإشراف الولايات
// المتحدة": the word of leading after the deed's description names who runs it; "وتسليم هذه
// المناطق إلى هيئة تحرير الشام بقيادة النصرة": after a name it tells who leads that name, so the
// handover stays داعش's.
TEST(ArgumentSides, AWordOfLeadingNamesTheAgentUnlessItFollowsAName) {
  const GoldRun& s004 = seed("004_fb28ff19c70edb97");
  const Event* room = event(s004, "تشكيل", "غرفة عمليات موحدة");
  ASSERT_NE(room, nullptr);
  EXPECT_EQ(room->source, "united_states");
  const Event* handover = event(s004, "وتسليم", "بقيادة النصرة");
  ASSERT_NE(handover, nullptr);
  EXPECT_EQ(handover->source, "isis");
  EXPECT_EQ(handover->target, "hayat_tahrir_al_sham");
}

// dev_17 "واستيلائها على مدينة الموصل وأجزاء كبرى من العراق": control is taken from the side
// after من (argument_frames.tsv, root 192), as it is taken over the place after على.
TEST(ArgumentSides, ControlIsTakenFromTheSideAfterMin) {
  PhraseRun run = run_phrase("ومن ثم ظهور (داعش) الطائفية السنية، واستيلائها على مدينة الموصل وأجزاء كبرى من العراق");
  const Event* e = run.event("واستيلائها");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "isis");
  EXPECT_EQ(e->target, "iraq");
}

// dev_01 "وشنت الجبهة -وهي جناح تنظيم القاعدة في البلاد- هجوما": the aside between dashes does
// not part the support verb from its noun, so the attack is the front's (الجبهة, the جبهة
// النصرة told before), not the group the aside names.
TEST(ArgumentSides, ASupportVerbReachesItsNounAcrossAnAside) {
  PhraseRun run = run_phrase(
      "قصفت مواقع لجبهة النصرة في شمال سوريا. وشنت الجبهة -وهي جناح تنظيم القاعدة في البلاد- هجوما في المنطقة الليلة "
      "الماضية");
  const Event* e = run.event("هجوما");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "al_nusra_front");
}

}  // namespace
}  // namespace marsad

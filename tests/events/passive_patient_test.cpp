// A verbal noun after تم/جرى is a passive (clause_words.tsv `passive`): its genitive or pronoun
// names what underwent the deed, its target; the topic before it is that patient too, and no
// agent is carried from the deeds told before. Short phrases of SaudiNewsNet articles.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_actors;

// SNN (2015-01-24): allegiance was pledged TO King Salman; the genitive after تمت is the one
// who received it, not the one who pledged.
TEST(PassivePatient, GenitiveAfterTammaIsTheTarget) {
  expect_actors("تمت مبايعة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز.", "مبايعة", "", "king_salman");
}

// SNN aljazirah 2015-07-21 (the same sentence as dev_17): "other numbers have been detained":
// the pronoun of إيقافها is the Daesh members told before, the target; no agent is named.
TEST(PassivePatient, PronounOfThePassiveIsTheTarget) {
  expect_actors(
      "إلا أنهم استطاعوا فعلاً أن يجندوا هذا العدد الكبير -(431 داعشيا)- من الموقوفين في الخلايا الإرهابية التي "
      "أطيح بها مؤخراً؛ ويقال إن هناك أعداداً أخرى تم إيقافها ويجري التحقيق معها.",
      "إيقافها", "", "isis");
}

// SNN aawsat 2015-07-21: the vehicles carry civilians "so that they are not targeted by the
// aviation": Daesh's convoys are the target of the strikes, not their agent.
TEST(PassivePatient, TargetedConvoysAreNoAgent) {
  expect_actors(
      "وأضاف المصدر أن «الجانب الأميركي يتولى من خلال الطلعات الجوية قطع إمدادات (داعش)، لكنه يواجه تكتيكا جديدا "
      "بات يستخدمه التنظيم ويتمثل في جلب إمدادات بسيارات مدنية تتكون من سيارة أو سيارتين، وغالبا ما تحمل بعض "
      "المدنيين بمن فيهم الأطفال والنساء لكي لا يتم استهدافها من قبل الطيران».",
      "استهدافها", "", "isis");
}

// SNN almadina 2015-07-21: the hostages "were released in 1981"; the president named before
// failed to free them and released nobody: the passive carries no agent told before.
TEST(PassivePatient, PassiveCarriesNoAgentToldBefore) {
  expect_actors("وأخفقت جهود الرئيس الأمريكي «جيمي كارتر» في تحريرهم عسكرياً، ثم تم الإفراج عنهم عام 1981م.", "الإفراج",
                "", "");
}

// SNN (a Kuwaiti security source): "the persons who were detained by the Kuwaiti authorities":
// the relative's noun, no actor, is the patient; the Saudi authorities told before did not
// detain them.
TEST(PassivePatient, RelativeNounIsThePatient) {
  expect_actors(
      "أفاد مصدر أمني كويتي مطلع بوجود علاقة عنقودية بين الخلايا الإرهابية التي أعلنت السلطات السعودية ضبطها "
      "مؤخراً، والأشخاص الذين تم توقيفهم من قبل السلطات الكويتية عقب تفجير مسجد الإمام الصادق.",
      "توقيفهم", "", "");
}

}  // namespace
}  // namespace marsad

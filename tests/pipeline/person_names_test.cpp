// A known person's name inside a longer person name that is someone else's: a family name the
// known name lacks (عبدالله بن عبدالعزيز الربيعة), or the name after بن (متعب بن عبدالله بن
// عبدالعزيز: the king is the father). data/entities/cues.tsv, lineage; MentionFinder::someone_else.
#include <gtest/gtest.h>

#include <string>

#include "phrase_fixture.h"

namespace marsad {
namespace {

using testing::has_actor;

Extraction extract(const std::string& text) { return testing::extract_phrase(text, "2015-08-09"); }

TEST(PersonNames, AFamilyNameAfterAKnownNameMakesAnotherPerson) {
  // SaudiNewsNet (واس): the supervisor of the King Salman relief centre, not King Abdullah.
  Extraction x = extract("متابعة من معالي المشرف العام على المركز الدكتور عبدالله بن عبدالعزيز الربيعة موضحا أنها ستوزع");
  EXPECT_FALSE(has_actor(x, "king_abdullah_bin_abdulaziz"));
}

TEST(PersonNames, AKnownNameAfterBinIsTheFather) {
  // SaudiNewsNet (واس): the king's son, the minister of the National Guard.
  Extraction x = extract("نقل الأمير متعب بن عبدالله بن عبدالعزيز وزير الحرس الوطني تحيات وتهاني");
  EXPECT_FALSE(has_actor(x, "king_abdullah_bin_abdulaziz"));
}

TEST(PersonNames, LineageAfterAKnownNameOnlyLengthensIt) {
  // Control, SaudiNewsNet (واس): the king's and the deputy crown prince's full names.
  Extraction x = extract(
      "تأتي إنفاذا لتوجيهات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، وأمر صاحب السمو الملكي الأمير "
      "محمد بن سلمان بن عبدالعزيز ولي ولي العهد");
  EXPECT_TRUE(has_actor(x, "king_salman"));
  EXPECT_TRUE(has_actor(x, "mohammed_bin_salman"));
}

TEST(PersonNames, AMovementNamedAfterAFamilyStaysInsideAPersonsName) {
  // SaudiNewsNet: the head of the Houthis' revolutionary committee, a person; and the movement.
  Extraction person = extract("مشيرة إلى أن هذه التعليمات وصلت إلى محمد علي الحوثي");
  EXPECT_FALSE(has_actor(person, "houthis"));
  Extraction movement = extract("بعد معارك عنيفة مع مسلحي الحوثي منذ مساء أول من أمس الأحد");
  EXPECT_TRUE(has_actor(movement, "houthis"));
}

// الملك سلمان is how the Saudi press names the king; the title is left out of the longer name.
TEST(PersonNames, TheKingIsNamedWithHisTitle) {
  // SaudiNewsNet (2015-07): "وأكد الملك سلمان، خلال كلمته أمس للمواطنين"
  Extraction x = extract("وأكد الملك سلمان، خلال كلمته أمس للمواطنين");
  EXPECT_TRUE(has_actor(x, "king_salman"));
  EXPECT_FALSE(has_actor(x, "mohammed_bin_salman"));
  // SaudiNewsNet (2015-07): "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، اليوم (الاحد)، ببرقية تهنئة"
  Extraction full = extract("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، اليوم (الاحد)، ببرقية تهنئة");
  const Mention* king = testing::mention_of(full, "سلمان بن عبدالعزيز");
  ASSERT_NE(king, nullptr);
  EXPECT_EQ(king->actor, "king_salman");
}

TEST(PersonNames, ATitleMayOpenAnUnknownName) {
  // SaudiNewsNet (2015-07): the title does not stop the tagger's name of another king.
  Extraction x = extract("ولم يشارك العرب الحظر النفطي الذي قاده الملك فيصل -رحمه الله- ضد أمريكا والغرب");
  bool faisal = false;
  for (const Mention& m : x.mentions) faisal |= m.actor.find("فيصل") != std::string::npos;
  EXPECT_TRUE(faisal);
}

// سعودي، سعودية، كوبي: the adjective of a known country without its article is no name.
TEST(PersonNames, ANationalityAdjectiveIsNoName) {
  // SaudiNewsNet (2015-07): "من الصعب أن يقود مباراة حكم سعودي، خصوصا أن أغلب الحكام لديهم"
  EXPECT_EQ(testing::mention_of(extract("من الصعب أن يقود مباراة حكم سعودي، خصوصا أن أغلب الحكام لديهم"), "سعودي"), nullptr);
  // SaudiNewsNet (2015-07): "في أول زيارة رسمية لوزير خارجية كوبي إلى واشنطن منذ سنة 1959"
  Extraction x = extract("في أول زيارة رسمية لوزير خارجية كوبي إلى واشنطن منذ سنة 1959");
  EXPECT_EQ(testing::mention_of(x, "كوبي"), nullptr);
  EXPECT_TRUE(has_actor(x, "washington"));  // the control: the place after it is read
}

TEST(PersonNames, AFamilyNameThatIsAlsoAnAdjectiveStaysAName) {
  // SaudiNewsNet (2015-07): the surname عسيري (of عسير) alone, after the full name.
  Extraction x = extract(
      "على تكليف بندر محمد عسيري بأعمال رئيس الهيئة العامة للإعلام المرئي والمسموع. بدوره، رفع عسيري شكره "
      "وتقديره لخادم الحرمين");
  const Mention* alone = testing::mention_of(x, "عسيري");
  ASSERT_NE(alone, nullptr);
  EXPECT_EQ(alone->type, EntityType::kPer);
}

}  // namespace
}  // namespace marsad

// Linking on sentences of the seeds: rebrands, metonymy, titles, ambiguous places, and
// cross-document names.
#include <gtest/gtest.h>

#include "linker_fixture.h"

namespace marsad {
namespace {

using testing::EntityStage;
using testing::find_mention;
using testing::has_relation;

TEST(Linker, RebrandChainKeepsEachNameItsOwnActor) {
  // 000: "شنت جبهة فتح الشام. المعروفة سابقا بجبهة النصرة .هجوما علي جماعة أحرار الشام"
  // 004: "اتفاقا تم بين داعش وهيئة تحرير الشام التي تقودها جبهة النصرة في سوريا"
  Extraction x = EntityStage::get().extract(
      "شنت جبهة فتح الشام. المعروفة سابقا بجبهة النصرة .هجوما علي جماعة أحرار الشام. وقد أفادت مصادر بأن اتفاقا "
      "تم بين داعش وهيئة تحرير الشام التي تقودها جبهة النصرة في سوريا",
      "2017-02-01");
  ASSERT_NE(find_mention(x, "جبهة فتح الشام"), nullptr);
  EXPECT_EQ(find_mention(x, "جبهة فتح الشام")->actor, "jabhat_fateh_al_sham");
  ASSERT_NE(find_mention(x, "هيئة تحرير الشام"), nullptr);
  EXPECT_EQ(find_mention(x, "هيئة تحرير الشام")->actor, "hayat_tahrir_al_sham");
  ASSERT_NE(find_mention(x, "جبهة النصرة"), nullptr);
  EXPECT_EQ(find_mention(x, "جبهة النصرة")->actor, "al_nusra_front");
  // The rebrand itself is a relation of the event stage (tests/events/relations_seed_test.cpp).
}

TEST(Linker, CapitalAsAgentIsMetonymy) {
  // 002: "طالبت الأخيرة مرارًا بوقف التصعيد العسكري في إدلب، لكن موسكو تجاهلت الطلب التركي"
  Extraction x = EntityStage::get().extract(
      "إذ طالبت الأخيرة مرارًا بوقف التصعيد العسكري في إدلب، لكن موسكو تجاهلت الطلب التركي. وعقد المؤتمر في موسكو");
  std::vector<const Mention*> moscow;
  for (const Mention& m : x.mentions)
    if (m.actor == "moscow") moscow.push_back(&m);
  ASSERT_EQ(moscow.size(), 2u);
  EXPECT_TRUE(moscow[0]->metonymy);  // the agent
  EXPECT_EQ(moscow[0]->acting_as, "russia");
  EXPECT_FALSE(moscow[1]->metonymy);  // في موسكو: the place
}

TEST(Linker, TitleBeforeANameYieldsHoldsRole) {
  // 001: "جرى بين وزير الخارجية الروسي سيرغي لافروف ونظيره الامريكي جون كيري"
  Extraction x = EntityStage::get().extract("جرى بين وزير الخارجية الروسي سيرغي لافروف ونظيره الامريكي جون كيري",
                                            "2016-10-26");
  EXPECT_TRUE(has_relation(x, "sergey_lavrov", "holds_role"));
  ASSERT_NE(find_mention(x, "جون كيري"), nullptr);
}

TEST(Linker, BareTitleStandsForItsHolderOnTheDate) {
  Extraction x = EntityStage::get().extract("وقال وزير الخارجية الروسي إن المحادثات ستستمر", "2016-10-26");
  bool lavrov = false;
  for (const Mention& m : x.mentions)
    lavrov |= m.actor == "sergey_lavrov" && m.source == Mention::Source::kRole;
  EXPECT_TRUE(lavrov);
  EXPECT_TRUE(has_relation(x, "sergey_lavrov", "holds_role"));
}

TEST(Linker, CountrysideMeansTheGovernorate) {
  // dev-style: "بريف إدلب" is the governorate, "مدينة حمص" the city.
  Extraction x = EntityStage::get().extract("قتل مدنيون في بلدة كفرنبل بريف إدلب، وفي مدينة حمص تعرض حي الوعر للقصف");
  ASSERT_NE(find_mention(x, "إدلب"), nullptr);
  EXPECT_EQ(find_mention(x, "إدلب")->actor, "idlib_governorate");
  ASSERT_NE(find_mention(x, "حمص"), nullptr);
  EXPECT_EQ(find_mention(x, "حمص")->actor, "homs");
}

TEST(Linker, TypoLinksToTheActor) {
  // 003: "محاربة الجماعات الكردية وتنظيم داعيش الإرهابي"
  Extraction x = EntityStage::get().extract(
      "ويبدو أن أولوية تركيا في سوريا تحولت من الإطاحة بالأسد إلي محاربة الجماعات الكردية وتنظيم داعيش الإرهابي");
  bool isis = false;
  for (const Mention& m : x.mentions) isis |= m.actor == "isis";
  EXPECT_TRUE(isis);
}

TEST(Linker, AFootballFederationIsNotThePoliticalUnionItsNameContains) {
  // SaudiNewsNet (2015): "أعلن الاتحاد الاوروبي لكرة القدم عن لائحة من 10 مرشحين لنيل جائزة افضل
  // لاعب"; the longer alias wins over الاتحاد الأوروبي (the European Union).
  Extraction x = EntityStage::get().extract(
      "أعلن الاتحاد الاوروبي لكرة القدم عن لائحة من 10 مرشحين لنيل جائزة افضل لاعب في أوروبا، فيما قال "
      "الاتحاد الأفريقي لكرة القدم إن البطولة ستقام في موعدها.");
  const Mention* uefa = find_mention(x, "الاتحاد الاوروبي لكرة القدم");
  ASSERT_NE(uefa, nullptr);
  EXPECT_EQ(uefa->actor, "uefa");
  const Mention* caf = find_mention(x, "الاتحاد الأفريقي لكرة القدم");
  ASSERT_NE(caf, nullptr);
  EXPECT_EQ(caf->actor, "confederation_of_african_football");
  for (const Mention& m : x.mentions) EXPECT_NE(m.actor, "european_union") << testing::surface(x, m);
}

TEST(Linker, AnArmedGroupsBranchNamedFirmlyCuesItsBareName) {
  // dev_09 (2015): "وتحديدا القاعدة بفرعيها المتناحرين «داعش» و «جبهة النصرة»": القاعدة is
  // ambiguous (also a base), but جبهة النصرة, named firmly, is its branch (part_of in
  // data/actors/relations.tsv).
  Extraction x = EntityStage::get().extract(
      "لكن للأسف الجماعات الأجنبية الوافدة على سوريا وتحديدا القاعدة بفرعيها المتناحرين «داعش» و «جبهة النصرة» "
      "التي جلبت معها أجندتها الخاصة");
  const Mention* qaeda = find_mention(x, "القاعدة");
  ASSERT_NE(qaeda, nullptr);
  EXPECT_EQ(qaeda->actor, "al_qaeda");
  // Without such kin, the bare word stays unlinked: القاعدة العسكرية is a base.
  Extraction base = EntityStage::get().extract("وافقت تركيا على استخدام القاعدة العسكرية في إنجرليك");
  EXPECT_EQ(find_mention(base, "القاعدة"), nullptr);
}

TEST(CrossDocumentNames, VariantsAndSurnamesShareOneId) {
  auto doc = [](std::vector<std::string> ids) {
    Extraction x;
    for (const std::string& id : ids) {
      Actor a;
      a.id = id;
      a.type = EntityType::kPer;
      x.actors.push_back(a);
      Mention m;
      m.actor = id;
      m.type = EntityType::kPer;
      x.mentions.push_back(m);
    }
    return x;
  };
  CrossDocumentNames names;
  Extraction first = doc({"new:بختيار دوغان"});
  names.unify(first);
  Extraction second = doc({"new:بختيار دوجان", "new:دوغان"});
  names.unify(second);
  EXPECT_EQ(second.mentions[0].actor, "new:بختيار دوغان");
  EXPECT_EQ(second.mentions[1].actor, "new:بختيار دوغان");
  EXPECT_EQ(second.actors.size(), 1u);
}

TEST(Linker, ABodyNamedAfterItsRulerKeepsTheRulersName) {
  // Dev-style phrases (SaudiNewsNet 2015): نظام/قوات + a ruler's name is the body, and the name
  // inside is a mention of its ruler too; an adjective after a definite head, or a proper name
  // built on a place, is not.
  Extraction x = EntityStage::get().extract("وتقدمت قوات الأسد نحو البلدة بينما قال نظام بشار الأسد إن الهجوم فشل");
  ASSERT_NE(find_mention(x, "قوات الأسد"), nullptr);
  EXPECT_EQ(find_mention(x, "قوات الأسد")->actor, "syrian_arab_army");
  int assad = 0;
  for (const Mention& m : x.mentions) assad += m.actor == "bashar_al_assad";
  EXPECT_EQ(assad, 2);
  for (const char* text : {"وقالت الحكومة السعودية إن", "وأعلن فيلق القدس أن"}) {
    Extraction y = EntityStage::get().extract(text);
    EXPECT_EQ(y.mentions.size(), 1u) << text;
  }
}

}  // namespace
}  // namespace marsad

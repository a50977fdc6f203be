// The gazetteer and its phrase matcher, on the repository's data/.
#include <gtest/gtest.h>

#include "entities/phrase_matcher.h"
#include "linker_fixture.h"

namespace marsad {
namespace {

using testing::EntityStage;

TEST(PhraseMatcher, FindsTheLongestPhraseWordByWord) {
  PhraseMatcher m;
  uint32_t nusra = m.add({U"جبهه", U"النصره"});
  uint32_t front = m.add({U"جبهه"});
  EXPECT_EQ(m.add({U"جبهه", U"النصره"}), nusra);  // the same words: the same phrase
  uint32_t node = m.step(PhraseMatcher::kRoot, U"جبهه");
  ASSERT_NE(node, PhraseMatcher::kNone);
  EXPECT_EQ(m.phrase(node), front);
  node = m.step(node, U"النصره");
  ASSERT_NE(node, PhraseMatcher::kNone);
  EXPECT_EQ(m.phrase(node), nusra);
  EXPECT_EQ(m.step(node, U"في"), PhraseMatcher::kNone);
  EXPECT_EQ(m.step(PhraseMatcher::kRoot, U"النصره"), PhraseMatcher::kNone);
}

// The senses of a surface as the text stage keys it.
std::vector<std::string> actors_named(const std::string& surface) {
  const Gazetteer& g = *EntityStage::get().gazetteer;
  std::vector<std::string> ids;
  uint32_t node = PhraseMatcher::kRoot;
  for (const std::u32string& w : g.phrase_keys(surface)) {
    node = g.names().step(node, w);
    if (node == PhraseMatcher::kNone) return ids;
  }
  uint32_t phrase = g.names().phrase(node);
  if (phrase == PhraseMatcher::kNone) return ids;
  for (const AliasSense& s : g.senses(phrase)) ids.push_back(g.actor(s.actor).id);
  return ids;
}

TEST(Gazetteer, SpellingVariantsNameOneActor) {
  // 001: "سيرغي لافروف"; 003: "وزير الخارجية الروسي سيرجي لافروف".
  EXPECT_EQ(actors_named("سيرغي لافروف"), std::vector<std::string>{"sergey_lavrov"});
  EXPECT_EQ(actors_named("سيرجي لافروف"), std::vector<std::string>{"sergey_lavrov"});
  // Alef and ta marbuta fold: أستانة / استانه.
  EXPECT_EQ(actors_named("استانه").front(), "astana");
}

TEST(Gazetteer, TypoAliasesLink) {
  // 003: "وتنظيم داعيش الإرهابي".
  EXPECT_EQ(actors_named("داعيش"), std::vector<std::string>{"isis"});
}

TEST(Gazetteer, RebrandsAreSeparateActorsWithFormerNames) {
  const Gazetteer& g = *EntityStage::get().gazetteer;
  EXPECT_EQ(actors_named("جبهة النصرة"), std::vector<std::string>{"al_nusra_front"});
  EXPECT_EQ(actors_named("جبهة فتح الشام"), std::vector<std::string>{"jabhat_fateh_al_sham"});
  EXPECT_EQ(actors_named("هيئة تحرير الشام"), std::vector<std::string>{"hayat_tahrir_al_sham"});
  auto former = [&](const std::string& now, const std::string& before) {
    for (const StaticRelation& r : g.relations())
      if (r.predicate == "formerly_known_as" && g.actor(r.subject).id == now && g.actor(r.object).id == before)
        return true;
    return false;
  };
  EXPECT_TRUE(former("jabhat_fateh_al_sham", "al_nusra_front"));
  EXPECT_TRUE(former("hayat_tahrir_al_sham", "jabhat_fateh_al_sham"));
}

TEST(Gazetteer, RolesAreDated) {
  const Gazetteer& g = *EntityStage::get().gazetteer;
  uint32_t node = PhraseMatcher::kRoot;
  for (const std::u32string& w : g.phrase_keys("الرئيس الأمريكي")) node = g.titles().step(node, w);
  ASSERT_NE(node, PhraseMatcher::kNone);
  std::string in_2015, in_2018;
  for (uint32_t k : g.title_roles(g.titles().phrase(node))) {
    if (g.role(k).held_on("2015-08-01")) in_2015 = g.actor(g.role(k).holder).id;
    if (g.role(k).held_on("2018-03-01")) in_2018 = g.actor(g.role(k).holder).id;
  }
  EXPECT_EQ(in_2015, "barack_obama");
  EXPECT_EQ(in_2018, "donald_trump");
}

// عبد and أبو are written apart from the next word of a name or joined to it.
TEST(NameSpellings, APrefixJoinedOrWrittenApart) {
  const std::vector<std::u32string> prefixes = {U"عبد", U"ابو"};
  EXPECT_EQ(other_spelling({U"عبد", U"ربه", U"منصور", U"هادي"}, prefixes),
            (std::vector<std::u32string>{U"عبدربه", U"منصور", U"هادي"}));
  EXPECT_EQ(other_spelling({U"ابوبكر", U"البغدادي"}, prefixes),
            (std::vector<std::u32string>{U"ابو", U"بكر", U"البغدادي"}));
  EXPECT_TRUE(other_spelling({U"بشار", U"الاسد"}, prefixes).empty());
  EXPECT_TRUE(other_spelling({U"ابوه"}, prefixes).empty());  // too short a rest to be a name
}

TEST(NameSpellings, TheGazetteerKnowsBothSpellings) {
  // SaudiNewsNet (2015-08): "وأصدر الرئيس عبدربه منصور هادي الإثنين قرارا جمهوريا"; the data
  // writes عبد ربه apart.
  EXPECT_EQ(actors_named("عبدربه منصور هادي"), std::vector<std::string>{"abdrabbuh_mansur_hadi"});
  EXPECT_EQ(actors_named("أبوبكر البغدادي"), std::vector<std::string>{"abu_bakr_al_baghdadi"});
}

}  // namespace
}  // namespace marsad

// What the named-entity tagger's features know about words: the lexicon's segmentation and
// hunspell-ar classes, and the gazetteers it loads.
#include <gtest/gtest.h>

#include "core/data_dir.h"
#include "entities/ner_features.h"
#include "text/lexicon.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class WordAnalyzerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { words_ = new WordAnalyzer(Lexicon::load()); }
  static void TearDownTestSuite() { delete words_; }

  // The word as the features see it: skeleton = the letters as written (no harakat here).
  static WordAnalysis analyze(std::u32string_view word) { return words_->analyze(word, key(word)); }
  static std::u32string stem(std::u32string_view word) {
    WordAnalysis a = analyze(word);
    return key(word).substr(a.stem_start, a.stem_length);
  }

  static WordAnalyzer* words_;
};
WordAnalyzer* WordAnalyzerTest::words_ = nullptr;

TEST_F(WordAnalyzerTest, StripsCliticsOnlyWhereTheRestIsAWord) {
  EXPECT_EQ(stem(U"والحكومة"), key(U"حكومة"));
  EXPECT_EQ(stem(U"بسوريا"), key(U"سوريا"));
  EXPECT_EQ(stem(U"بشار"), key(U"بشار"));  // not ب + شار
}

TEST_F(WordAnalyzerTest, KnowsDictionaryWordsAndNotTransliteratedNames) {
  EXPECT_TRUE(analyze(U"الحكومة").known);
  EXPECT_FALSE(analyze(U"نيستلروي").known);
}

TEST_F(WordAnalyzerTest, CapitalsShareAHunspellClassThatCommonNounsDoNot) {
  WordAnalysis paris = analyze(U"باريس"), london = analyze(U"لندن"), government = analyze(U"حكومة");
  EXPECT_NE(paris.word_class, 0u);
  EXPECT_EQ(paris.word_class, london.word_class);
  EXPECT_NE(paris.word_class, government.word_class);
  // The stem's class is looked up after the clitics: وباريس → باريس.
  EXPECT_EQ(analyze(U"وباريس").stem_class, paris.word_class);
}

TEST(NerKnowledgeTest, LoadsEveryGazetteer) {
  NerKnowledge k = NerKnowledge::load(data_path("ner"));
  auto listed = [&](NerList list, std::u32string_view phrase, EntityType type) {
    const auto& phrases = k.gazetteer(list).phrases;
    auto it = phrases.find(key(phrase));
    return it != phrases.end() && (it->second & (1u << int(type)));
  };
  EXPECT_TRUE(listed(NerList::Anergazet, U"دمشق", EntityType::Location));
  EXPECT_TRUE(listed(NerList::Actors, U"حماس", EntityType::Organization));
  EXPECT_TRUE(listed(NerList::Actors, U"بشار الأسد", EntityType::Person));
  EXPECT_TRUE(listed(NerList::FirstNames, U"أحمد", EntityType::Person));
  EXPECT_GT(k.gazetteer(NerList::Actors).size(), 3000u);
  EXPECT_FALSE(k.light_prefixes.empty());
}

}  // namespace
}  // namespace marsad

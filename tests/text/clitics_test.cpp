// Clitic segmentation guarded by the lexicon, on words from the seed articles.
#include <gtest/gtest.h>

#include "core/utf8.h"
#include "text_fixture.h"

namespace marsad {
namespace {

// "و+ال|حكومة|" — proclitics, stem (surface) and enclitic of the only token of `word`.
std::string segmentation(TextAnalyzer& analyzer, const std::string& word) {
  Document doc = testing::document(word);
  Analyzed a = analyzer.analyze(doc);
  EXPECT_EQ(a.tokens.size(), 1u) << word;
  const Token& t = a.tokens.at(0);
  const auto& clitics = analyzer.lexicon().clitics();
  std::string out;
  for (uint8_t i = 0; i < t.seg.proclitic_count; ++i) out += (i ? "+" : "") + utf8::encode(clitics[t.seg.proclitics[i]].form);
  out += "|" + utf8::encode(a.stem_surface(t)) + "|";
  if (t.seg.enclitic_count) out += utf8::encode(clitics[t.seg.enclitic].form);
  return out;
}

TEST(Clitics, LettersThatBelongToTheWordStay) {
  TextAnalyzer analyzer(testing::shared_lexicon());
  for (const char* word : {"بشار", "لافروف", "وزارة", "فصائل", "سوريا", "بيان", "كانون", "لبنان", "فرنسا", "ولاية"})
    EXPECT_EQ(segmentation(analyzer, word), std::string("|") + word + "|") << word;
}

TEST(Clitics, ProcliticsAndEnclitics) {
  TextAnalyzer analyzer(testing::shared_lexicon());
  EXPECT_EQ(segmentation(analyzer, "والحكومة"), "و+ال|حكومة|");
  EXPECT_EQ(segmentation(analyzer, "للدفاع"), "لل|دفاع|");
  EXPECT_EQ(segmentation(analyzer, "بالمعارضة"), "ب+ال|معارضة|");
  EXPECT_EQ(segmentation(analyzer, "قواتها"), "|قوات|ها");
  EXPECT_EQ(segmentation(analyzer, "وفصائلها"), "و|فصائل|ها");
  EXPECT_EQ(segmentation(analyzer, "عليه"), "|علي|ه");
  EXPECT_EQ(segmentation(analyzer, "ولكن"), "و|لكن|");
  EXPECT_EQ(segmentation(analyzer, "ستعقد"), "س|تعقد|");
  EXPECT_EQ(segmentation(analyzer, "ولافروف"), "و|لافروف|");
}

TEST(Clitics, HarakatStayInTheStemSurface) {
  TextAnalyzer analyzer(testing::shared_lexicon());
  EXPECT_EQ(segmentation(analyzer, "وَالْحُكُومَةُ"), "و+ال|حُكُومَةُ|");
}

TEST(Clitics, FunctionWordsAreNotSegmented) {
  TextAnalyzer analyzer(testing::shared_lexicon());
  for (const char* word : {"كما", "لكن", "كان", "سوف", "الذي", "التي"})
    EXPECT_EQ(segmentation(analyzer, word), std::string("|") + word + "|") << word;
}

}  // namespace
}  // namespace marsad

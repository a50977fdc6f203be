// Reading BIO corpora in ANERcorp's layout.
#include <gtest/gtest.h>

#include <sstream>

#include "core/data_dir.h"
#include "core/utf8.h"
#include "entities/conll.h"

namespace marsad {
namespace {

TEST(Conll, ReadsAnercorpLinesAndSplitsAtFullStops) {
  // The opening of ANERcorp: no blank lines, so the full stop ends the sentence.
  std::istringstream in(
      "أعلن O\nاتحاد B-ORG\nصناعة I-ORG\nالسيارات I-ORG\nفي O\nألمانيا B-LOC\n. O\n"
      "وقال O\nجوتشولك B-PERS\n؟ O\nوأضاف O\n");
  ConllReadStats stats;
  std::vector<LabeledSentence> s = read_conll(in, &stats);
  ASSERT_EQ(s.size(), 3u);
  ASSERT_EQ(s[0].tokens.size(), 7u);
  EXPECT_EQ(s[0].tokens[1], U"اتحاد");
  EXPECT_EQ(s[0].tags[1], begin_tag(EntityType::Organization));
  EXPECT_EQ(s[0].tags[3], inside_tag(EntityType::Organization));
  EXPECT_EQ(s[0].tags[5], begin_tag(EntityType::Location));
  EXPECT_EQ(s[1].tags[1], begin_tag(EntityType::Person));  // PERS is ANERcorp's PER
  EXPECT_EQ(s[1].tokens.back(), U"؟");
  EXPECT_EQ(s[2].tokens, std::vector<std::u32string>{U"وأضاف"});
  EXPECT_EQ(stats.tokens, 11u);
  EXPECT_EQ(stats.unknown_tags, 0u);
}

TEST(Conll, MapsAqmarTagsAndRepairsStrayInsides) {
  // AQMAR's MIS1 is miscellany, ENGLISH marks a foreign word (not a name), and an I- after O
  // starts an entity as conlleval reads it.
  std::istringstream in("لينكس B-MIS1\nنواة I-MIS1\nkernel B-ENGLISH\n\nفي O\nدمشق I-LOC\n");
  ConllReadStats stats;
  std::vector<LabeledSentence> s = read_conll(in, &stats);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].tags, (std::vector<Tag>{begin_tag(EntityType::Misc), inside_tag(EntityType::Misc), kOutside}));
  EXPECT_EQ(s[1].tags[1], begin_tag(EntityType::Location));
  EXPECT_EQ(stats.unknown_tags, 1u);
  EXPECT_EQ(stats.repaired_tags, 1u);
}

TEST(Conll, WritesWhatItReads) {
  std::istringstream in("بشار B-PER\nالأسد I-PER\n. O\n");
  std::vector<LabeledSentence> s = read_conll(in);
  std::ostringstream out;
  write_conll(out, s);
  EXPECT_EQ(out.str(), "بشار B-PER\nالأسد I-PER\n. O\n\n");
}

TEST(Conll, ReadsTheCommittedTestSplit) {
  ConllReadStats stats;
  std::vector<LabeledSentence> s = read_conll(data_path("ner/anercorp_test.txt"), &stats);
  EXPECT_EQ(stats.tokens, 25007u);  // the CAMeL split as rebuilt
  EXPECT_GT(s.size(), 900u);
  size_t persons = 0;
  for (const auto& sentence : s)
    for (Tag t : sentence.tags) persons += t == begin_tag(EntityType::Person);
  EXPECT_GT(persons, 800u);
}

}  // namespace
}  // namespace marsad

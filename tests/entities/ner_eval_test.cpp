// The CoNLL entity-level scorer on small cases worked out by hand.
#include <gtest/gtest.h>

#include "entities/ner_eval.h"

namespace marsad {
namespace {

const Tag O = kOutside;
const Tag BP = begin_tag(EntityType::Person), IP = inside_tag(EntityType::Person);
const Tag BL = begin_tag(EntityType::Location), IL = inside_tag(EntityType::Location);
const Tag BO = begin_tag(EntityType::Organization), IO = inside_tag(EntityType::Organization);

TEST(NerChunks, ReadsEntitiesTheConllevalWay) {
  // بشار الأسد في دمشق : B-PER I-PER O B-LOC
  EXPECT_EQ(chunks({BP, IP, O, BL}),
            (std::vector<EntityChunk>{{0, 2, EntityType::Person}, {3, 4, EntityType::Location}}));
  // Two entities of one type side by side stay two.
  EXPECT_EQ(chunks({BL, BL}), (std::vector<EntityChunk>{{0, 1, EntityType::Location}, {1, 2, EntityType::Location}}));
  // I-X after O, or after another type, starts an entity.
  EXPECT_EQ(chunks({O, IP, IL}),
            (std::vector<EntityChunk>{{1, 2, EntityType::Person}, {2, 3, EntityType::Location}}));
  EXPECT_TRUE(chunks({O, O}).empty());
}

TEST(NerScore, CountsOnlyExactSpanAndType) {
  NerScore score;
  // gold: [الأمم المتحدة]ORG في [نيويورك]LOC ; predicted: the ORG exact, the LOC typed PER.
  score.add({BO, IO, O, BL}, {BO, IO, O, BP});
  // gold: [كوفي أنان]PER ; predicted only [أنان]: a boundary error is a miss and a false alarm.
  score.add({BP, IP}, {O, BP});
  EXPECT_EQ(score.micro.gold, 3u);
  EXPECT_EQ(score.micro.found, 3u);
  EXPECT_EQ(score.micro.correct, 1u);
  EXPECT_NEAR(score.micro.precision(), 100.0 / 3, 1e-9);
  EXPECT_NEAR(score.micro.recall(), 100.0 / 3, 1e-9);
  EXPECT_NEAR(score.micro.f1(), 100.0 / 3, 1e-9);

  const PrecisionRecall& org = score.by_type[int(EntityType::Organization)];
  EXPECT_EQ(org.correct, 1u);
  EXPECT_DOUBLE_EQ(org.f1(), 100.0);
  const PrecisionRecall& per = score.by_type[int(EntityType::Person)];
  EXPECT_EQ(per.gold, 1u);
  EXPECT_EQ(per.found, 2u);
  EXPECT_EQ(per.correct, 0u);
  EXPECT_DOUBLE_EQ(per.f1(), 0.0);
  EXPECT_EQ(score.tokens, 6u);
  EXPECT_EQ(score.tokens_correct, 3u);  // O, and the whole ORG of the first sentence
}

TEST(NerScore, PrecisionAndRecallDiffer) {
  NerScore score;
  // 4 gold entities, the system proposes 2, both right: P 100, R 50, F1 66.67.
  score.add({BP, O, BL, O, BO, O, BL}, {BP, O, BL, O, O, O, O});
  EXPECT_DOUBLE_EQ(score.micro.precision(), 100.0);
  EXPECT_DOUBLE_EQ(score.micro.recall(), 50.0);
  EXPECT_NEAR(score.micro.f1(), 200.0 / 3, 1e-9);
  std::string report = score.report();
  EXPECT_NE(report.find("micro F1 66.67\n"), std::string::npos) << report;
  EXPECT_TRUE(report.ends_with("micro F1 66.67\n")) << report;
}

TEST(NerScore, NothingFoundScoresZero) {
  NerScore score;
  score.add({BP, IP}, {O, O});
  EXPECT_DOUBLE_EQ(score.micro.f1(), 0.0);
  EXPECT_THROW(score.add({BP}, {O, O}), std::invalid_argument);
}

}  // namespace
}  // namespace marsad

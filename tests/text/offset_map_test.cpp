// Every position of the repaired text maps back to the original: re-slicing the original
// at a mapped span gives the repaired slice without what the repair inserted.
#include <gtest/gtest.h>

#include <random>

#include "text/chars.h"
#include "text_fixture.h"

namespace marsad {
namespace {

TEST(OffsetMap, PiecesMapStartsAndEnds) {
  OffsetMap m;
  m.copy(3);       // abc
  m.insert(1);     // ' '
  m.copy(2);       // de
  m.drop(4);       // (gone)
  m.replace(1, 2); // ﻻ → لا
  m.copy(1);
  EXPECT_EQ(m.edited_length(), 9u);
  EXPECT_EQ(m.original_length(), 11u);
  EXPECT_EQ(m.to_original({0, 3}), (Span{0, 3}));
  EXPECT_EQ(m.to_original({4, 6}), (Span{3, 5}));
  EXPECT_EQ(m.to_original({0, 6}), (Span{0, 5}));
  EXPECT_EQ(m.to_original({6, 8}), (Span{9, 10}));   // both letters of the ligature
  EXPECT_EQ(m.to_original({7, 8}), (Span{9, 10}));
  EXPECT_EQ(m.to_original({8, 9}), (Span{10, 11}));
  EXPECT_TRUE(m.is_copied({4, 6}));
  EXPECT_FALSE(m.is_copied({2, 5}));
}

// Property test over the seed corpus: thousands of random spans.
TEST(OffsetMap, RandomSpansOverTheCorpusReSliceTheOriginal) {
  TextAnalyzer analyzer(testing::shared_lexicon());
  std::mt19937 rng(20170122);
  size_t spans = 0;
  for (const auto& [id, doc] : testing::seed_documents()) {
    Analyzed a = analyzer.analyze(doc);
    // Original characters that the repair dropped (the duplicated line).
    std::vector<bool> dropped(a.original.size(), false);
    for (const Repair& r : a.repairs)
      if (r.kind == RepairKind::kDuplicatedLine)
        for (uint32_t i = r.original.start; i < r.original.end; ++i) dropped[i] = true;

    std::uniform_int_distribution<uint32_t> pos(0, static_cast<uint32_t>(a.text.size()));
    for (int k = 0; k < 2000; ++k) {
      uint32_t s = pos(rng), e = pos(rng);
      if (s > e) std::swap(s, e);
      Span o = a.map.to_original({s, e});
      std::u32string expected;
      for (uint32_t p = s; p < e; ++p)
        if (a.map.is_copied({p, p + 1})) expected.push_back(a.text[p]);
      std::u32string actual;
      for (uint32_t p = o.start; p < o.end; ++p)
        if (!dropped[p]) actual.push_back(a.original[p]);
      ASSERT_EQ(actual, expected) << id << " [" << s << "," << e << ")";
      ++spans;
    }
    // Tokens never contain an inserted character: their surface is the original slice.
    for (const Token& t : a.tokens)
      ASSERT_EQ(a.original.substr(t.span.start, t.span.size()), a.surface(t)) << id;
    for (const Sentence& s : a.sentences) ASSERT_LE(s.span.end, a.original.size());
  }
  EXPECT_EQ(spans, 10000u);
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// The cursor used for a document's tokens agrees with the searching map on sorted spans.
TEST(OffsetMap, CursorAgreesWithSearchOnIncreasingSpans) {
  TextAnalyzer analyzer(testing::shared_lexicon());
  std::mt19937 rng(7);
  for (const auto& [id, doc] : testing::seed_documents()) {
    Analyzed a = analyzer.analyze(doc);
    std::uniform_int_distribution<uint32_t> len(0, 12);
    OffsetMap::Cursor cursor(a.map);
    for (uint32_t s = 0; s + 12 < a.text.size(); s += 1 + len(rng)) {
      Span edited{s, s + len(rng)};
      ASSERT_EQ(cursor.to_original(edited), a.map.to_original(edited)) << id << " at " << s;
    }
  }
}

}  // namespace
}  // namespace marsad

// A site or a body named after a person (data/entities/cues.tsv: eponym_site, eponym_body,
// honorific; MentionFinder::name_eponyms): the head, the honorific and the name are one name of
// a place or an organization, so the person named does not announce jobs or receive visitors.
#include <gtest/gtest.h>

#include <string>

#include "phrase_fixture.h"

namespace marsad {
namespace {

// A name the gazetteer does not know, of type `type`, with exactly this surface.
void expect_name(const Extraction& x, const std::string& surface, EntityType type) {
  const Mention* m = testing::mention_of(x, surface);
  ASSERT_NE(m, nullptr) << surface;
  EXPECT_EQ(m->type, type) << surface;
  EXPECT_EQ(m->actor.rfind("new:", 0), 0u) << surface << " → " << m->actor;
}

TEST(EponymNames, ASiteOrABodyNamedAfterAKingIsNotTheKing) {
  // SaudiNewsNet (2015-07): a job notice, a state visit, road works.
  Extraction x = testing::extract_phrase(
      "جامعة الملك عبدالعزيز تعلن توفر وظيفتي محاضر ومعيد. وكان في استقباله لدى وصوله مطار الملك عبدالعزيز "
      "الدولي وكيل إمارة منطقة مكة المكرمة. أعلنت أمانة المنطقة الشرقية عن عزمها إغلاق طريق الملك عبدالعزيز عند "
      "تقاطعه مع الشارع العاشر في محافظة الخبر.",
      "2015-07-20");
  expect_name(x, "جامعة الملك عبدالعزيز", EntityType::kOrg);
  expect_name(x, "مطار الملك عبدالعزيز", EntityType::kLoc);
  expect_name(x, "طريق الملك عبدالعزيز", EntityType::kLoc);
  EXPECT_EQ(testing::mention_of(x, "عبدالعزيز"), nullptr);
}

TEST(EponymNames, AStreetNamedAfterAPersonWithoutATitle) {
  // SaudiNewsNet (2015-07), Cairo: a person's full name after شارع is the street's.
  Extraction x = testing::extract_phrase("الحادث وقع في شارع عبد الخالق ثروت بوسط القاهرة", "2015-07-20");
  expect_name(x, "شارع عبد الخالق ثروت", EntityType::kLoc);
}

TEST(EponymNames, TheKingHimselfStaysTheKing) {
  Extraction x = testing::extract_phrase("واستقبل الملك سلمان بن عبدالعزيز الوفد في قصره.", "2015-07-20");
  const Mention* king = testing::mention_of(x, "سلمان بن عبدالعزيز");
  ASSERT_NE(king, nullptr);
  EXPECT_EQ(king->actor, "king_salman");
}

}  // namespace
}  // namespace marsad

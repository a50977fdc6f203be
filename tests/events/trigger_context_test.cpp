// Which trigger words name an event in their context: states in relative clauses, topics and
// bodies named by a verbal noun, a killing told as the toll of an attack, intent to attend,
// and dates counted from the event told before (بعد يوم من X). On the seed articles with the
// gold mentions as input (gold_fixture.h); sentences quoted are from data/corpus/seeds.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "events/dates.h"
#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::GoldRun;

const GoldRun& seed(const std::string& doc) { return events_testing::seed_on_gold(doc); }

std::string text_of(const GoldRun& run, Span span) { return events_testing::substring(run.document.text, span); }

// Events whose trigger text contains `word`.
std::vector<const Event*> with_trigger(const GoldRun& run, const std::string& word) {
  std::vector<const Event*> out;
  for (const auto& e : run.extraction.events)
    if (text_of(run, e.trigger).find(word) != std::string::npos) out.push_back(&e);
  return out;
}

// "للدفاع عن المناطق التي لا تزال تسيطر عليها"، "محادثات السلام التي تدعمها روسيا وتركيا": the
// imperfect of a relative clause describes who holds or backs what, not a deed.
TEST(TriggerContext, ImperfectInARelativeClauseIsAState) {
  EXPECT_TRUE(with_trigger(seed("000_91d677eadaf30955"), "تسيطر").empty());
  EXPECT_TRUE(with_trigger(seed("003_b370dc8600bd6f38"), "تدعمها").empty());
  // After a time noun the relative tells when a deed happens: "في الوقت الذي يفقد فيه أراضي".
  EXPECT_FALSE(with_trigger(seed("000_91d677eadaf30955"), "يفقد").empty());
}

// "موضوع وقف إطلاق النار"، "غرفة العمليات العسكرية"، "بمنطقة خفض التصعيد": a topic, a body, a zone.
TEST(TriggerContext, TopicAndBodyHeadsNameNoEvent) {
  const GoldRun& s003 = seed("003_b370dc8600bd6f38");
  for (const Event* e : with_trigger(s003, "وقف إطلاق النار"))
    EXPECT_EQ(text_of(s003, e->evidence).find("موضوع"), std::string::npos) << text_of(s003, e->evidence);
  EXPECT_TRUE(with_trigger(seed("004_fb28ff19c70edb97"), "العمليات العسكرية").empty());
  EXPECT_TRUE(with_trigger(seed("002_979cc18ec33a5328"), "خفض التصعيد").empty());
}

// "إذ طالبت الأخيرة مرارًا بوقف التصعيد العسكري في إدلب": what is to be stopped is the topic
// of the demand; "تجنبا للدخول في تعاون مكشوف": what is avoided is no deed either.
TEST(TriggerContext, WhatIsToBeStoppedIsNoEvent) {
  const GoldRun& run = seed("002_979cc18ec33a5328");
  for (const Event* e : with_trigger(run, "التصعيد"))
    EXPECT_EQ(text_of(run, e->evidence).find("بوقف"), std::string::npos) << text_of(run, e->evidence);
  EXPECT_TRUE(with_trigger(seed("001_4adcd82f8367ead6"), "للدخول").empty());
}

// "... برئاسة محمد علوش ... حسبما صرح علوش لرويترز": the speech verb after حسبما only says who
// told what came before it.
TEST(TriggerContext, AttributionAfterTheContentIsNoStatement) {
  EXPECT_TRUE(with_trigger(seed("003_b370dc8600bd6f38"), "صرح").empty());
}

// "إن جماعات المعارضة قررت حضور محادثات السلام"، "أكدت المعارضة السورية مشاركتها في المحادثات":
// the party expresses intent to meet (036), one event rather than a meeting beside it.
TEST(TriggerContext, DecidingToAttendIsIntentToMeet) {
  auto decided = with_trigger(seed("003_b370dc8600bd6f38"), "قررت حضور");
  ASSERT_EQ(decided.size(), 1u);
  EXPECT_EQ(decided[0]->cameo, "036");
  EXPECT_EQ(decided[0]->source, "syrian_opposition");
  auto confirmed = with_trigger(seed("002_979cc18ec33a5328"), "مشاركتها");
  ASSERT_FALSE(confirmed.empty());
  EXPECT_EQ(confirmed[0]->cameo, "036");
}

// "ويري مراقبون أنه تم الاتفاق علي أن يرأس محمد علوش وفد فصائل المعارضة": agreeing on a course
// is an expression of accord (019), not a signed agreement (057).
TEST(TriggerContext, AgreeingOnACourseIsAccord) {
  auto agreed = with_trigger(seed("000_91d677eadaf30955"), "الاتفاق");
  ASSERT_FALSE(agreed.empty());
  EXPECT_EQ(agreed[0]->cameo, "019");
}

// "... مما أسفر عن تدمير 3 نقاط ..., الي جانب مقتل وإصابة العشرات من الإرهابيين": the killing is
// the toll of the army's operations told in its sentence; the operations are coded.
TEST(TriggerContext, AKillingIsTheTollOfTheAttackOfItsSentence) {
  const GoldRun& run = seed("003_b370dc8600bd6f38");
  EXPECT_TRUE(with_trigger(run, "مقتل").empty());
  EXPECT_FALSE(with_trigger(run, "عمليات").empty());
}

// "كما يأتي الاجتماع قبل أسبوع من مباحثات سلام سورية ستعقد في أستانة": the talks are dated a
// week after the meeting told before them, not from the publication date.
TEST(TriggerContext, CountedFromTheEventToldBefore) {
  const GoldRun& run = seed("003_b370dc8600bd6f38");
  auto talks = with_trigger(run, "مباحثات");
  ASSERT_FALSE(talks.empty());
  const Event& e = *talks[0];
  EXPECT_EQ(text_of(run, e.evidence).find("قبل أسبوع من") != std::string::npos, true);
  auto date = parse_iso(e.date);
  ASSERT_TRUE(date && date->full()) << e.date;
  auto published = parse_iso(run.extraction.publication_date.date);
  ASSERT_TRUE(published && published->full());
  // The meeting was held the day before publication or the day of it: the talks a week later.
  long days = days_from_civil(date->year, date->month, date->day) -
              days_from_civil(published->year, published->month, published->day);
  EXPECT_GE(days, 5);
  EXPECT_LE(days, 7);
}

}  // namespace
}  // namespace marsad

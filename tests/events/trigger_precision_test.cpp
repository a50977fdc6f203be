// Which trigger words of a clause are the event an analyst codes, and with which CAMEO root:
// complements of a trigger's topic preposition, nouns after a demonstrative or a topic or
// background head, adjectives, the purpose of a plan, planned meetings, intentions of force,
// acts listed with و. Seed articles run with the gold mentions (gold_fixture.h; sentences quoted
// from data/corpus/seeds); short phrases from the dev articles run through the whole pipeline.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "events/dates.h"
#include "gold_fixture.h"
#include "pipeline/pipeline.h"

namespace marsad {
namespace {

using events_testing::GoldRun;

const GoldRun& seed(const std::string& doc) { return events_testing::seed_on_gold(doc); }

std::string text_of(const std::string& text, Span span) { return events_testing::substring(text, span); }

struct Found {
  std::string trigger, evidence;
  const Event* event;
};

// Events whose trigger text contains `word`, with their trigger and clause text.
std::vector<Found> with_trigger(const std::string& text, const std::vector<Event>& events, const std::string& word) {
  std::vector<Found> out;
  for (const auto& e : events) {
    std::string trigger = text_of(text, e.trigger);
    if (trigger.find(word) != std::string::npos) out.push_back({trigger, text_of(text, e.evidence), &e});
  }
  return out;
}
std::vector<Found> with_trigger(const GoldRun& run, const std::string& word) {
  return with_trigger(run.document.text, run.extraction.events, word);
}

// Whether an event with `word` in its trigger has `context` in its clause.
bool coded_in(const std::vector<Found>& found, const std::string& context) {
  return std::any_of(found.begin(), found.end(), [&](const Found& f) { return f.evidence.find(context) != std::string::npos; });
}

using events_testing::PhraseRun;
using events_testing::run_phrase;
std::vector<Found> with_trigger(const PhraseRun& run, const std::string& word) {
  return with_trigger(run.doc.text, run.x.events, word);
}

// seed 001 "فأجاب المبعوث الدولي انه موافق على التعاون والاعتراف بهذه المصالحات": what he agrees
// to (and what is joined to it by و) is the topic of the agreement, not a second event; seed 004
// "في ظل استعداد مسلحي داعش لمعركة الرقة": the battle is what they prepare for.
TEST(TriggerPrecision, TheComplementOfATopicPrepositionIsNoEvent) {
  const GoldRun& s001 = seed("001_4adcd82f8367ead6");
  auto agreed = with_trigger(s001, "موافق");
  ASSERT_FALSE(agreed.empty());
  EXPECT_EQ(agreed[0].event->cameo.substr(0, 2), "03");
  EXPECT_FALSE(coded_in(with_trigger(s001, "التعاون"), "موافق على"));
  EXPECT_TRUE(with_trigger(s001, "والاعتراف").empty());
  const GoldRun& s004 = seed("004_fb28ff19c70edb97");
  EXPECT_TRUE(coded_in(with_trigger(s004, "استعداد"), "لمعركة الرقة"));
  EXPECT_FALSE(coded_in(with_trigger(s004, "لمعركة"), "استعداد"));
}

// dev_01 "واتهمت الجماعة جبهة النصرة بخطف زعيمها": a charge names a deed the accused did; the
// kidnapping is coded beside the accusation.
TEST(TriggerPrecision, TheDeedOfAChargeIsCoded) {
  PhraseRun run = run_phrase("واتهمت الجماعة جبهة النصرة بخطف زعيمها.", "2015-08-01");
  auto kidnapping = with_trigger(run, "بخطف");
  ASSERT_EQ(kidnapping.size(), 1u);
  EXPECT_EQ(kidnapping[0].event->cameo.substr(0, 2), "18");
  EXPECT_FALSE(with_trigger(run, "واتهمت").empty());
}

// seed 004 "هذا الانسحاب بلا قتال، يأتي وفقا لاتفاق"، seed 001 "والاعتراف بهذه المصالحات": a
// definite verbal noun after a demonstrative points back to an event already told.
TEST(TriggerPrecision, ADemonstrativePointsBack) {
  EXPECT_FALSE(coded_in(with_trigger(seed("004_fb28ff19c70edb97"), "الانسحاب"), "هذا الانسحاب"));
  EXPECT_TRUE(with_trigger(seed("001_4adcd82f8367ead6"), "المصالحات").empty());
}

// dev_15 "وتعتبر هذه الغارة الثانية على المشفى خلال هذا الأسبوع": an ordinal counts a new raid.
TEST(TriggerPrecision, AnOrdinalCountsANewOne) {
  PhraseRun run = run_phrase("وتعتبر هذه الغارة الثانية على المشفى خلال هذا الأسبوع.", "2015-08-09");
  auto raid = with_trigger(run, "الغارة");
  ASSERT_EQ(raid.size(), 1u);
  EXPECT_EQ(raid[0].event->cameo.substr(0, 2), "19");
}

// seed 001 "بضرورة التخلي عن فكرة إسقاط النظام في دمشق"، seed 000 "فتركيا لا تعطي أهميةً لدعم
// المعارضة": an idea, an importance name a topic of opinion, not a deed.
TEST(TriggerPrecision, AnIdeaOrAnImportanceIsATopic) {
  EXPECT_TRUE(with_trigger(seed("001_4adcd82f8367ead6"), "إسقاط النظام").empty());
  EXPECT_FALSE(coded_in(with_trigger(seed("000_91d677eadaf30955"), "لدعم"), "أهمية"));
}

// seed 002 "أكدت المعارضة السورية مشاركتها في المحادثات رغم التصعيد العسكري في محافظة إدلب"،
// "ووسط تباين عميق بين ضامني مسار أستانا": the circumstance beside the news is no event; the
// news (the opposition's intent to attend) is.
TEST(TriggerPrecision, ABackgroundCircumstanceIsNoEvent) {
  const GoldRun& run = seed("002_979cc18ec33a5328");
  EXPECT_TRUE(coded_in(with_trigger(run, "مشاركتها"), "رغم"));
  EXPECT_TRUE(with_trigger(run, "التصعيد العسكري").empty());
  EXPECT_FALSE(coded_in(with_trigger(run, "تباين"), "ووسط"));
}

// seed 002 "جراء القصف والغارات المتواصلة": two kinds of force joined by و are two events.
TEST(TriggerPrecision, ActsListedWithAndAreTwoEvents) {
  const GoldRun& run = seed("002_979cc18ec33a5328");
  auto shelling = with_trigger(run, "القصف");
  auto raids = with_trigger(run, "والغارات");
  ASSERT_FALSE(shelling.empty());
  ASSERT_EQ(raids.size(), 1u);
  EXPECT_TRUE(coded_in(shelling, "جراء"));
  EXPECT_EQ(raids[0].event->cameo.substr(0, 2), "19");
}

// seed 003 "وقالت ان الاتحاد الأوروبي يهدف إلي عقد مؤتمر في بروكسل في ابريل" (published in
// January 2017): an intended meeting is an expression of intent to meet (036), in the April to come.
TEST(TriggerPrecision, AnIntendedMeetingIsIntentToMeet) {
  const GoldRun& run = seed("003_b370dc8600bd6f38");
  auto conference = with_trigger(run, "مؤتمر");
  auto it = std::find_if(conference.begin(), conference.end(),
                         [](const Found& f) { return f.evidence.find("يهدف") != std::string::npos; });
  ASSERT_NE(it, conference.end());
  EXPECT_EQ(it->event->cameo, "036");
  EXPECT_EQ(it->event->modality, Modality::kPlanned);
  auto date = parse_iso(it->event->date);
  auto published = parse_iso(run.extraction.publication_date.date);
  ASSERT_TRUE(date && published);
  EXPECT_EQ(date->month, 4);
  EXPECT_GE(date->year * 12 + date->month, published->year * 12 + published->month);
}

// seed 003 "حيث يدرس عقد مؤتمر في ابريل المقبل": the conference is the option considered (014),
// not a meeting of its own.
TEST(TriggerPrecision, AMeetingConsideredIsTheObjectOfTheVerb) {
  const GoldRun& run = seed("003_b370dc8600bd6f38");
  auto considers = with_trigger(run, "يدرس");
  ASSERT_EQ(considers.size(), 1u);
  EXPECT_EQ(considers[0].event->cameo, "014");
  EXPECT_FALSE(coded_in(with_trigger(run, "مؤتمر"), "يدرس"));
}

// seed 001 "لا نفوذ يذكر لمن يسميهم المعتدلين في جسم التيارات المحاربة في المعارضة السورية": a
// definite word right after a definite noun is its adjective ("the fighting currents").
TEST(TriggerPrecision, ADefiniteWordAfterADefiniteNounIsItsAdjective) {
  EXPECT_TRUE(with_trigger(seed("001_4adcd82f8367ead6"), "المحاربة").empty());
}

// seed 004 "كما أن تركيا نفسها، تخطط لتحريك الفصائل التي انضوت في عمليتها": the plan is coded;
// what its clause says of the factions is detail, not a plan of its own.
TEST(TriggerPrecision, ThePurposeOfAPlanIsPartOfIt) {
  const GoldRun& run = seed("004_fb28ff19c70edb97");
  auto moving = with_trigger(run, "لتحريك");
  ASSERT_EQ(moving.size(), 1u);
  EXPECT_EQ(moving[0].event->modality, Modality::kPlanned);
  EXPECT_TRUE(with_trigger(run, "انضوت").empty());
  EXPECT_TRUE(with_trigger(run, "عمليتها").empty());
}

// dev_15 "الفرقة الثانية الساحلية التي أعلنت عن نيتها الاستمرار بقصف المدينة": an intention of
// force is a threat of military force (138), one event.
TEST(TriggerPrecision, AnIntentionOfForceIsAThreat) {
  PhraseRun run = run_phrase("وأعلنت الفرقة الثانية الساحلية عن نيتها الاستمرار بقصف المدينة.", "2015-08-09");
  auto intention = with_trigger(run, "نيتها");
  ASSERT_EQ(intention.size(), 1u);
  EXPECT_EQ(intention[0].event->cameo, "138");
  EXPECT_TRUE(with_trigger(run, "بقصف").empty());
}

// dev_01 "وأعلنت واشنطن وأنقرة هذا الأسبوع عزمهما توفير غطاء جوي لمقاتلي المعارضة": what an
// intention names (the air cover) is planned and part of it, not a second event.
TEST(TriggerPrecision, WhatAnIntentionNamesIsPartOfIt) {
  PhraseRun run = run_phrase("وأعلنت واشنطن وأنقرة هذا الأسبوع عزمهما توفير غطاء جوي لمقاتلي المعارضة السورية.",
                             "2015-07-31");
  EXPECT_FALSE(with_trigger(run, "عزمهما").empty());
  EXPECT_TRUE(with_trigger(run, "غطاء جوي").empty());
}

// seed 004 "التي بدورها تسهل وصول الدعم للتنظيم": support as a noun names a standing backing, not
// a datable act; dev_15 "بقذائف الهاون والدبابات": weapon names are instruments, not events.
TEST(TriggerPrecision, BackingAndWeaponsAreNoEvents) {
  EXPECT_TRUE(with_trigger(seed("004_fb28ff19c70edb97"), "الدعم").empty());
  PhraseRun run = run_phrase("واستهدفت قوات النظام المدينة بقذائف الهاون والدبابات.", "2015-08-09");
  EXPECT_TRUE(with_trigger(run, "الهاون").empty());
  EXPECT_TRUE(with_trigger(run, "الدبابات").empty());
  EXPECT_FALSE(run.x.events.empty());
}

// seed 003 "مبادرة تقودها روسيا تهدف إلي وضع نهاية للصراع الدائر منذ نحو ست سنوات": the conflict
// with no sides named near it is the war as a whole, not a clash.
TEST(TriggerPrecision, TheConflictWithNoSidesIsTheWar) {
  EXPECT_TRUE(with_trigger(seed("003_b370dc8600bd6f38"), "للصراع").empty());
}

// seed 003 "كما نفذت وحدات من الجيش السوري عمليات ضد مسلحي داعش": كما is "as, also", not the
// negation ما.
TEST(TriggerPrecision, AsIsNoNegation) {
  const GoldRun& run = seed("003_b370dc8600bd6f38");
  auto operations = with_trigger(run, "عمليات");
  auto it = std::find_if(operations.begin(), operations.end(),
                         [](const Found& f) { return f.evidence.find("كما نفذت") != std::string::npos; });
  ASSERT_NE(it, operations.end());
  EXPECT_NE(it->event->modality, Modality::kNegated);
}

}  // namespace
}  // namespace marsad

// Arguments that the clause names only by reference: a possessive pronoun (انضمامها), "the
// latter" (الأخير), the first of coordinated names, a pair after بين across the first side's
// description. On the seed articles with the gold mentions as input (gold_fixture.h); the
// sentences quoted are from data/corpus/seeds.
#include <gtest/gtest.h>

#include "core/data_dir.h"
#include "core/utf8.h"
#include "events/arguments.h"
#include "events/demonyms.h"
#include "events/event_text.h"
#include "text/analyzer.h"
#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::GoldRun;

const GoldRun& seed(const std::string& doc) { return events_testing::seed_on_gold(doc); }

const Event* event(const GoldRun& run, const std::string& trigger, const std::string& context) {
  return events_testing::find_event(run, trigger, context);
}

// Seed 004 "بعدما انفصل عن جبهة فتح الشام إثر انضمامها إلى هيئة تحرير الشام": ها is feminine, so
// it names جبهة فتح الشام, not لواء الأقصى, the masculine subject of انفصل.
TEST(Referents, PossessivePronounNamesTheNearestAgreeingActor) {
  const Event* e = event(seed("004_fb28ff19c70edb97"), "انضمامها", "هيئة تحرير الشام");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "jabhat_fateh_al_sham");
  EXPECT_EQ(e->target, "hayat_tahrir_al_sham");
}

// Seed 001 "قال للمبعوث الدولي دي ميستورا خلال زيارة الاخير لدمشق": after an indefinite head,
// الاخير names the actor told last, the envoy.
TEST(Referents, TheLatterIsTheActorToldLast) {
  const Event* e = event(seed("001_4adcd82f8367ead6"), "زيارة", "الاخير");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "staffan_de_mistura");
}

// The actor span EventText puts on the word after the first space of `phrase` (الاخير,
// المبعوث) in a seed, or "" when it puts none.
std::string latter_actor(const GoldRun& run, const std::string& phrase) {
  static Demonyms demonyms = [] {
    Demonyms d;
    d.load(data_path("events/demonyms.tsv"));
    d.load_anaphors(data_path("events/anaphors.tsv"));
    return d;
  }();
  TextAnalyzer analyzer(events_testing::Stage::get().lexicon);
  Analyzed analyzed = analyzer.analyze(run.document);
  EventText text(analyzed, run.extraction, &demonyms);
  const std::u32string whole = utf8::decode(run.document.text);
  const size_t at = whole.find(utf8::decode(phrase));
  EXPECT_NE(at, std::u32string::npos) << phrase;
  const uint32_t start = static_cast<uint32_t>(at + utf8::decode(phrase.substr(0, phrase.find(' '))).size() + 1);
  for (uint32_t t = 0; t < text.token_count(); ++t)
    if (analyzed.tokens[t].span.start == start) {
      int m = text.mention_at(t);
      return m < 0 ? "" : text.mentions()[m].actor;
    }
  ADD_FAILURE() << "no token at " << phrase;
  return "";
}

// Seed 001: "خلال زيارة الاخير لدمشق" — after an indefinite head, الاخير names the actor told
// last (the envoy); "خلال الاجتماع الاخير" — after a definite noun it is its adjective.
TEST(Referents, TheLastIsAnAdjectiveAfterADefiniteNoun) {
  const GoldRun& run = seed("001_4adcd82f8367ead6");
  EXPECT_EQ(latter_actor(run, "زيارة الاخير"), "staffan_de_mistura");
  EXPECT_EQ(latter_actor(run, "الاجتماع الاخير"), "");
}

// Seed 001 "فأجاب المبعوث الدولي انه موافق على التعاون": the title alone names the person the
// article introduced with it ("ترك المبعوث الدولي الى سوريا ستيفان دي مستورا يتحرك").
TEST(Referents, ATitleAloneNamesThePersonIntroducedWithIt) {
  const GoldRun& run = seed("001_4adcd82f8367ead6");
  EXPECT_EQ(latter_actor(run, "فأجاب المبعوث"), "staffan_de_mistura");
  const Event* e = event(run, "موافق", "المبعوث الدولي");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "staffan_de_mistura");
}

// Seed 003 "وكانت روسياوتركيا وإيران أعلنت قد انها مستعدة للتوسط": coordinated names act
// together, and the first is coded as the source (the nearest, إيران, was taken before).
TEST(Referents, CoordinatedSubjectsGiveTheFirstAsSource) {
  const Event* e = event(seed("003_b370dc8600bd6f38"), "مستعدة", "للتوسط");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "russia");
}

// Seed 002 "باجتماعات ثنائية بين الوفد الروسي برئاسة الممثل الخاص لسورية، ألكساندر لافرينتيف،
// ووفد الحكومة السورية": the names inside the first side's description are crossed to reach the
// side joined by و.
TEST(Referents, BetweenPairCrossesTheFirstSidesDescription) {
  const Event* e = event(seed("002_979cc18ec33a5328"), "باجتماعات", "بين الوفد الروسي");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "russia");
  EXPECT_EQ(e->target, "syrian_government");
}

// Seed 003 "وفي سياق متصل اجتمع وزراء خارجية الدول الأعضاء بالاتحاد الأوروبي أمس": the
// ministers are no name, they stand for the union named in their construct (clause_words.tsv
// `agent_head`, `member`), which is the source, not the other side of the meeting.
TEST(Referents, AnAgentNounStandsForTheBodyInItsConstruct) {
  const Event* e = event(seed("003_b370dc8600bd6f38"), "اجتمع", "وزراء خارجية");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "european_union");
  EXPECT_EQ(e->target, "");
}

// Seed 003 ", حيث يدرس عقد مؤتمر في ابريل المقبل": حيث opens a clause whose implied subject
// is that of the clause before it (the union's ministers), not the group named two sentences
// earlier (للتنظيم الإرهابي).
TEST(Referents, AClauseAfterHaythContinuesTheSubjectBeforeIt) {
  const Event* e = event(seed("003_b370dc8600bd6f38"), "يدرس", "عقد مؤتمر");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "european_union");
}

// The events over ground whose target is the enemy of the story (argument_frames.tsv
// `opponent`): taking control, seizing, withdrawing — and not a use of force itself.
TEST(Referents, GroundEventsAreAimedAtTheOpponent) {
  ArgumentLexicon lexicon;
  lexicon.load(data_path("events/argument_frames.tsv"));
  EXPECT_TRUE(lexicon.against_opponent("192"));
  EXPECT_TRUE(lexicon.against_opponent("1711"));
  EXPECT_TRUE(lexicon.against_opponent("0874"));
  EXPECT_FALSE(lexicon.against_opponent("190"));
  EXPECT_FALSE(lexicon.against_opponent("046"));
}

}  // namespace
}  // namespace marsad

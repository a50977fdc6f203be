// Where the argument finder looks for a verb's topic (the subject before it): across أن that
// makes a verbal noun of the verb after it, and not at the genitive of a patient noun. On the
// seed articles with the gold mentions as input (gold_fixture.h); the sentences quoted are from
// data/corpus/seeds.
#include <gtest/gtest.h>

#include "text/analyzer.h"

#include "core/data_dir.h"
#include "core/utf8.h"
#include "events/clause_syntax.h"
#include "events/demonyms.h"
#include "events/event_text.h"
#include "events/referents.h"
#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::GoldRun;

const GoldRun& seed(const std::string& doc) { return events_testing::seed_on_gold(doc); }

std::string text_of(const GoldRun& run, Span span) { return events_testing::substring(run.document.text, span); }

const Event* event(const GoldRun& run, const std::string& trigger, const std::string& context) {
  return events_testing::find_event(run, trigger, context);
}

// Seed 001 "ما اضطر رئيس الإئتلاف هادي البحرة ان يتصل بالمسؤولين": ان before an imperfect makes
// it a verbal noun; its agent is the one made to act, named before ان (not the state told in
// the sentence before).
TEST(Arguments, AnImperfectAfterAnTakesTheSubjectBeforeIt) {
  const Event* e = event(seed("001_4adcd82f8367ead6"), "يتصل", "البحرة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "hadi_al_bahra");
}

// Seed 001 "على كيفية محاربة داعش، وجولات التفاوض مع إيران": داعش is what محاربة is aimed at
// (argument_frames.tsv `patient`), so it is no topic that the negotiation could take as agent.
TEST(Arguments, ThePatientOfAVerbalNounIsNoTopic) {
  const Event* e = event(seed("001_4adcd82f8367ead6"), "التفاوض", "إيران");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->target, "iran");
  EXPECT_NE(e->source, "isis");
}

// Seed 004 "للتنظيم الذي يتلقى ضربات موجعة في العراق وسوريا، ويستعد لمعركة حاسمة في الرقة":
// سوريا is joined to العراق after في, a place of the strikes, not the one who prepares: the
// group told before is.
TEST(Arguments, ANameJoinedToOneAfterAPrepositionIsNoTopic) {
  const Event* e = event(seed("004_fb28ff19c70edb97"), "ويستعد", "لمعركة حاسمة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "isis");
}

// Seed 003 "بعد مشاركة ممثلين عن70 دولة ومنظمة في مؤتمر عقد في باريس أمس الأول ودعوته
// الإسرائيليين والفلسطينيين": ودعوته opens a deed of its own, so the Israelis are the target of
// the call, not of the participation or the conference before it.
TEST(Arguments, TheNextActorIsNotSoughtPastAJoinedVerbalNoun) {
  const GoldRun& run = seed("003_b370dc8600bd6f38");
  for (const auto& e : run.extraction.events) {
    if (text_of(run, e.evidence).find("مشاركة ممثلين") == std::string::npos) continue;
    const std::string trigger = text_of(run, e.trigger);
    if (trigger.starts_with("مشاركة") || trigger.starts_with("مؤتمر")) {
      EXPECT_NE(e.target, "israel") << trigger;
    }
  }
}

// Seed 004 "متهما قائد النصرة الجولاني، بأنه أسقط القلمون الغربي": the object is the holder of
// the title, the person named after the body, not the body.
TEST(Arguments, TheObjectIsTheHolderOfItsTitle) {
  const Event* e = event(seed("004_fb28ff19c70edb97"), "متهما", "قائد النصرة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->target, "abu_mohammad_al_julani");
}

// A seed article as the argument finder reads it (gold mentions, demonym and anaphor spans).
struct SeedText {
  explicit SeedText(const GoldRun& run)
      : run(run), analyzed(TextAnalyzer(events_testing::Stage::get().lexicon).analyze(run.document)),
        text(analyzed, run.extraction, &demonyms()) {}
  static const Demonyms& demonyms() {
    static const Demonyms d = [] {
      Demonyms x;
      x.load(data_path("events/demonyms.tsv"));
      x.load_anaphors(data_path("events/anaphors.tsv"));
      return x;
    }();
    return d;
  }
  // The token where the word after `skip` words of `phrase` starts (phrase must occur).
  uint32_t token(const std::string& phrase, int skip = 0) const {
    const std::u32string whole = utf8::decode(run.document.text), p = utf8::decode(phrase);
    size_t at = whole.find(p);
    EXPECT_NE(at, std::u32string::npos) << phrase;
    for (int i = 0; i < skip; ++i) at = whole.find(U' ', at) + 1;
    for (uint32_t t = 0; t < text.token_count(); ++t)
      if (analyzed.tokens[t].span.start == at) return t;
    ADD_FAILURE() << "no token at " << phrase;
    return 0;
  }
  std::string actor(int mention) const { return mention < 0 ? "" : text.mentions()[mention].actor; }
  const GoldRun& run;
  Analyzed analyzed;
  EventText text;
};

// Seed 003 "اجتمع وزراء خارجية الدول الأعضاء بالاتحاد الأوروبي": the agent noun stands for the
// body in its construct, reached through ب after a word of membership; seed 001 "رئيس الإئتلاف
// هادي البحرة": the title's body is followed by the person who holds it, who is the agent.
TEST(Arguments, AnAgentNounIsResolvedThroughItsConstruct) {
  SeedText eu(seed("003_b370dc8600bd6f38"));
  uint32_t ministers = eu.token("وزراء خارجية الدول");
  EXPECT_EQ(eu.actor(clause::agent_phrase(eu.text, ministers, eu.text.token_count(), -1)), "european_union");
  SeedText coalition(seed("001_4adcd82f8367ead6"));
  uint32_t head = coalition.token("رئيس الإئتلاف هادي");
  EXPECT_EQ(coalition.actor(clause::agent_phrase(coalition.text, head, coalition.text.token_count(), -1)), "hadi_al_bahra");
  // A word that is no agent head (خلال) resolves to nothing.
  uint32_t during = eu.token("الأوروبي أمس لمناقشة", 2);
  EXPECT_EQ(clause::agent_phrase(eu.text, during, eu.text.token_count(), -1), -1);
}

// Seed 003 "كما نفذت وحدات من الجيش السوري عمليات ضد مسلحي داعش": داعش completes the phrase
// governed by ضد, so it can be no topic; الجيش السوري after the partitive من is not such a
// genitive, and "وكانت روسياوتركيا" is a subject.
TEST(Arguments, ANameInAPrepositionalPhraseIsNoTopic) {
  SeedText t(seed("003_b370dc8600bd6f38"));
  auto mention_at = [&](const std::string& phrase, int skip) { return t.text.mentions()[t.text.mention_at(t.token(phrase, skip))]; };
  EXPECT_TRUE(clause::in_prepositional_phrase(t.text, mention_at("ضد مسلحي داعش", 2), 0));
  EXPECT_FALSE(clause::in_prepositional_phrase(t.text, mention_at("كما نفذت وحدات من الجيش السوري", 4), 0));
}

}  // namespace
}  // namespace marsad

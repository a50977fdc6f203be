// A state's government named by a head noun (data/events/demonyms.tsv, head rows marked
// government): with a nationality adjective (السياسة الخارجية التركية) or before the state's or
// its capital's name (نظام دمشق), EventText puts the government's actor span on the phrase.
// Short phrases from the dev articles and seed sentences, with the entity stage's mentions or
// with none (the entity stage tags some such phrases itself: الخارجية التركية is the ministry).
#include <gtest/gtest.h>

#include <string>

#include "core/data_dir.h"
#include "core/utf8.h"
#include "events/demonyms.h"
#include "events/event_text.h"
#include "pipeline/pipeline.h"

namespace marsad {
namespace {

// The actor of the span EventText puts on the first word of `words` in `text`, and the
// text that span covers; "" when there is none. `entities`: with the entity stage's mentions.
struct ActorSpan {
  std::string actor, covered;
};
ActorSpan span_at(const std::string& text, const std::string& words, bool entities) {
  static Pipeline pipeline(Knowledge::load());
  static Demonyms demonyms = [] {
    Demonyms d;
    d.load(data_path("events/demonyms.tsv"));
    d.load_anaphors(data_path("events/anaphors.tsv"));
    return d;
  }();
  Document doc;
  doc.text = text;
  Analyzed analyzed;
  Extraction x = pipeline.extract(doc, analyzed);
  if (!entities) x = Extraction{};
  EventText event_text(analyzed, x, &demonyms);
  const std::u32string whole = utf8::decode(text);
  const size_t at = whole.find(utf8::decode(words));
  EXPECT_NE(at, std::u32string::npos) << words;
  for (uint32_t t = 0; t < event_text.token_count(); ++t) {
    if (analyzed.tokens[t].span.start != at) continue;
    int m = event_text.mention_at(t);
    if (m < 0) return {};
    const auto& mention = event_text.mentions()[m];
    return {mention.actor, event_text.text(event_text.span(mention.first, mention.end))};
  }
  ADD_FAILURE() << "no token at " << words;
  return {};
}

// dev_07 "إلى إعادة النظر في السياسة الخارجية التركية": a policy head with the adjective across
// a modifier names Turkey's government, not the state.
TEST(GovernmentHeads, AGovernmentHeadWithANationalityAdjective) {
  ActorSpan s = span_at("إلى إعادة النظر في السياسة الخارجية التركية وترميم علاقتها بالشرق الأوسط", "السياسة", false);
  EXPECT_EQ(s.actor, "turkish_government");
  EXPECT_EQ(s.covered, "السياسة الخارجية التركية");
}

// dev_07 "ولكن نظام دمشق اختار الحل الأمني": the regime of the capital is the Syrian government.
TEST(GovernmentHeads, AGovernmentHeadBeforeACapital) {
  ActorSpan s = span_at("ولكن نظام دمشق اختار الحل الأمني والرادع", "نظام", true);
  EXPECT_EQ(s.actor, "syrian_government");
  EXPECT_EQ(s.covered, "نظام دمشق");
}

// Seed 000 "بينما الإدارة الأميركية الجديدة برئاسة دونالد ترامب. تميل إلي قطع الدعم": the
// guide codes the American administration as the United States (its row names no government).
// Seed 000 "إن ست طائرات حربية روسية نفذت ضربات جوية": a military head still names the state's
// forces (Russia's row names no army: the state).
TEST(GovernmentHeads, ARowWithoutAGovernmentNamesTheState) {
  EXPECT_EQ(span_at("بينما الإدارة الأميركية الجديدة برئاسة دونالد ترامب", "الإدارة", false).actor, "united_states");
  EXPECT_EQ(span_at("إن ست طائرات حربية روسية نفذت ضربات جوية", "طائرات", false).actor, "russia");
}

}  // namespace
}  // namespace marsad

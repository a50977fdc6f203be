// Verbs of comment (data/events/modality.tsv, comment rows: يأتي، تشكل، يعد): the definite event
// noun right after one, its subject, is an event the article has told when one of its CAMEO root
// came before (ويأتي القصف الحوثي بعد، وتشكل الضربات التركية منعطفا): the writer comments on it,
// no new one. At the opening of an article (جاءت الغارات الجوية التركية الأخيرة) it is the event's
// first telling and stays. Dev articles and SaudiNewsNet (SNN) quoted in short phrases.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;
using events_testing::substring;

// The events of the run whose trigger starts with `word`.
int events_on(const events_testing::PhraseRun& run, const std::string& word) {
  int n = 0;
  for (const auto& e : run.x.events) n += substring(run.doc.text, e.trigger).starts_with(word);
  return n;
}

// SNN alweeam 2015-07-21: the Houthi shelling was told in the sentence before.
TEST(CommentVerbs, TheShellingCommentedOnIsTheOneTold) {
  const auto run = run_phrase(
      "من جهة أخرى قتل 6 من المدنيين وأصيب آخرون، في قصف مدفعي للحوثيين على منطقة دار سعد في عدن جنوبي البلاد. "
      "ويأتي القصف الحوثي بعد وقت قصير من نجاح قوات المقاومة الشعبية الموالية للرئيس اليمني عبد ربه منصور هادي، في "
      "تحرير عدن من ميليشيات الحوثيين.",
      "2015-07-21");
  EXPECT_EQ(run.event("القصف"), nullptr);
  EXPECT_NE(run.event("قصف"), nullptr);  // the shelling told first stays
}

// dev_21: the Turkish raids were told before; "وتشكل الضربات التركية ضد التنظيم منعطفا" says
// what they mean for Erdogan's policy.
TEST(CommentVerbs, TheStrikesMeaningIsNoNewStrike) {
  const auto run = run_phrase(
      "وجاءت هذه الضربات في اليوم نفسه لدخول انقرة بقوة في الحملة العسكرية لمواجهة داعش بشن اولى غاراتها الجوية على "
      "مواقع له في سوريا فجر الجمعة. وتشكل الضربات التركية ضد التنظيم منعطفاً في سياسة الرئيس رجب طيب أردوغان.");
  EXPECT_EQ(run.event("الضربات"), nullptr);
}

// dev_05: the article opens on the raids; nothing of their kind was told before, so they stay.
TEST(CommentVerbs, TheOpeningEventStays) {
  const auto run = run_phrase(
      "جاءت الغارات الجوية التركية الأخيرة ضد مواقع «داعش» ردا مباشرا وحاسما على الهجمات الإرهابية التي شهدتها مدينة "
      "سروج التركية مؤخرا.");
  EXPECT_EQ(events_on(run, "الغارات"), 1);
}

}  // namespace
}  // namespace marsad

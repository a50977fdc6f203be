// A noun for the detained (argument_frames.tsv `undergoer`: الموقوف، الموقوفين، الرهائن) names
// them in its apposition: that name underwent the arrest, it is the target and never the agent.
// Short phrases of SaudiNewsNet articles.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::run_phrase;

// SNN aawsat 2015-07-21 (the Lyon gas factory attack): "the detainee Yassin Salhi is still
// being questioned": Salhi was detained; nobody named detained him.
TEST(DetaineeNouns, TheDetaineeNamedAfterIsTheTarget) {
  const auto run = run_phrase("فيما ذكرت مصادر متابعة للتحقيقات أن الموقوف ياسين الصالحي لا يزال يخضع للاستجواب.");
  const Event* e = run.event("الموقوف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "");
  EXPECT_NE(e->target.find("الصالحي"), std::string::npos) << e->target;
}

// SNN aawsat 2015-07-21 (the Saudi interior ministry's statement): "the two detainees Yazid
// Abu Nayan and Nawaf al-Anzi": both were detained, each the target of an arrest of its own.
TEST(DetaineeNouns, EachDetaineeOfTheListIsATarget) {
  const auto run = run_phrase(
      "في توفير مأوى ووسائل اتصال استخدمها الجناة في مراحل تنفيذ جريمتهما، وهما كل من الموقوفين يزيد بن محمد أبو "
      "نيان ونواف شريف العنزي، جرى الإعلان عنهما.");
  std::vector<std::string> targets;
  for (const auto& e : run.x.events) {
    if (!events_testing::substring(run.doc.text, e.trigger).starts_with("الموقوفين")) continue;
    EXPECT_EQ(e.source, "");
    targets.push_back(e.target);
  }
  ASSERT_EQ(targets.size(), 2u);
  EXPECT_NE(targets[0].find("نيان"), std::string::npos) << targets[0];
  EXPECT_NE(targets[1].find("العنزي"), std::string::npos) << targets[1];
}

}  // namespace
}  // namespace marsad

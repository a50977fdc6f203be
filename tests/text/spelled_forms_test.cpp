// hunspell-ar's verdicts from data/hunspell/spelled_forms.tsv must be hunspell's own: checked
// on every word of the seed articles against the installed hunspell.
#include <gtest/gtest.h>
#include <hunspell/hunspell.hxx>

#include <cstdio>
#include <fstream>

#include "core/utf8.h"
#include "text/spelled_forms.h"
#include "text_fixture.h"

namespace marsad {
namespace {

constexpr const char* kAff = "/usr/share/hunspell/ar.aff";
constexpr const char* kDic = "/usr/share/hunspell/ar.dic";

const SpelledForms& committed_forms() {
  static const SpelledForms forms = SpelledForms::load(data_path("hunspell/spelled_forms.tsv"), kAff, kDic);
  return forms;
}

TEST(SpelledForms, MadeFromTheInstalledHunspell) {
  // Empty means the file was made from another hunspell-ar: scripts/build_spelled_forms.py.
  EXPECT_GT(committed_forms().size(), 50000u);
}

TEST(SpelledForms, AgreeWithHunspellOnTheSeedWords) {
  Hunspell hunspell(kAff, kDic);
  TextAnalyzer analyzer(testing::shared_lexicon());
  size_t words = 0, answered = 0;
  for (const auto& [id, doc] : testing::seed_documents()) {
    Analyzed a = analyzer.analyze(doc);
    for (const Token& t : a.tokens) {
      if (t.kind != TokenKind::kWord) continue;
      std::u32string skeleton;  // letters as written, no harakat
      for (char32_t c : a.surface(t))
        if (c >= U'\u0621' && c <= U'\u064A' && c != U'\u0640') skeleton.push_back(c);
      if (skeleton.empty()) continue;
      ++words;
      // The word as written and with its hamza dropped (أ → ا): both kinds of spelling occur.
      std::u32string bare = skeleton;
      for (char32_t& c : bare)
        if (c == U'أ' || c == U'إ' || c == U'آ') c = U'ا';
      for (const std::u32string* w : {&skeleton, &bare}) {
        std::optional<bool> verdict = committed_forms().verdict(*w);
        if (!verdict) continue;
        if (w == &skeleton) ++answered;
        EXPECT_EQ(*verdict, hunspell.spell(utf8::encode(*w))) << utf8::encode(*w);
      }
    }
  }
  // Most words of a news text are the lexicon's.
  EXPECT_GT(answered, words / 2) << answered << " of " << words;
}

TEST(SpelledForms, IgnoredWhenMadeFromOtherFiles) {
  const std::string path = ::testing::TempDir() + "spelled_forms_other.tsv";
  {
    std::ofstream out(path);
    out << "# aff\t1\t0000000000000000\n# dic\t1\t0000000000000000\nكتاب\t=\n";
  }
  SpelledForms forms = SpelledForms::load(path, kAff, kDic);
  EXPECT_EQ(forms.size(), 0u);
  EXPECT_FALSE(forms.verdict(U"كتاب").has_value());
  std::remove(path.c_str());
}

}  // namespace
}  // namespace marsad

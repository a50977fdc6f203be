// The glue splitter weighs a run read as one word against the same letters read as several
// words; these are the cases its rules exist for.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/utf8.h"
#include "text/letter_model.h"
#include "text/normalize.h"
#include "text_fixture.h"

namespace marsad {
namespace {

using testing::document;

std::vector<std::u32string> surfaces_of(TextAnalyzer& analyzer, const std::string& text) {
  Analyzed a = analyzer.analyze(document(text));
  std::vector<std::u32string> out;
  for (const Token& t : a.tokens) out.emplace_back(a.surface(t));
  return out;
}

TEST(LetterModel, ArabicWordShapesAreLikelierThanTheirLettersReversed) {
  // Trained on the lexicon's word types: a transliterated name has the shape of a word, the
  // same letters backwards do not.
  const LetterModel& model = LetterModel::shared();
  for (const char* word : {"البتروكيماويات", "الأوروغوياني", "الأهلاوي", "ميستورا", "حميميم"}) {
    std::u32string k = key(utf8::decode(word));
    std::u32string reversed(k.rbegin(), k.rend());
    EXPECT_GT(model.log_prob(k), model.log_prob(reversed) + 5.0f) << word;
  }
}

TEST(GlueSplitter, TransliteratedWordsStayWhole) {
  // Foreign words the lexicon has not seen, each made of two common pieces (البتر|وكيماويات،
  // الأور|وغوياني): the letters explain the run better than two words and a lost space.
  TextAnalyzer analyzer(testing::shared_lexicon());
  for (const char* word : {"البتروكيماويات", "الأوروغوياني", "الأهلاوي", "للحميداني"}) {
    auto s = surfaces_of(analyzer, std::string("قال ") + word + " أمس");
    EXPECT_EQ(s.size(), 3u) << word;
  }
}

TEST(GlueSplitter, APrepositionGluedToTheNextWordIsCut) {
  // فيعدم reads as ف + يعدم too, but في عدم is far more probable.
  TextAnalyzer analyzer(testing::shared_lexicon());
  EXPECT_EQ(surfaces_of(analyzer, "وذلك فيعدم وجود اتفاق"),
            (std::vector<std::u32string>{U"وذلك", U"في", U"عدم", U"وجود", U"اتفاق"}));
  EXPECT_EQ(surfaces_of(analyzer, "تراجع عنالصدارة أمس"),
            (std::vector<std::u32string>{U"تراجع", U"عن", U"الصدارة", U"أمس"}));
}

TEST(GlueSplitter, HamzaBelowStartsAWordOrAStem) {
  // إ is never inside a stem or at a word's end: هيإلا and يقولإنني cut before it.
  TextAnalyzer analyzer(testing::shared_lexicon());
  EXPECT_EQ(surfaces_of(analyzer, "ما هيإلا أيام"), (std::vector<std::u32string>{U"ما", U"هي", U"إلا", U"أيام"}));
  EXPECT_EQ(surfaces_of(analyzer, "وكان يقولإنني هنا"),
            (std::vector<std::u32string>{U"وكان", U"يقول", U"إنني", U"هنا"}));
}

TEST(GlueSplitter, TanwinEndsAWord) {
  // The tanwin is written on a word's last letter: what follows it is the next word.
  TextAnalyzer analyzer(testing::shared_lexicon());
  EXPECT_EQ(surfaces_of(analyzer, "أن يكون عوناًله بعد الله"),
            (std::vector<std::u32string>{U"أن", U"يكون", U"عوناً", U"له", U"بعد", U"الله"}));
  Analyzed a = analyzer.analyze(document("عوناًله"));
  ASSERT_EQ(a.repairs.size(), 1u);
  EXPECT_EQ(a.repairs[0].after, U"عوناً له");
}


TEST(GlueSplitter, TwoKnownWordsAreCutWhereTheRunIsNoWordHunspellKnows) {
  // Lost spaces of SaudiNewsNet articles: each run is unknown to the counts and to hunspell,
  // and its letters alone look enough like a word (الطبالشرعي like طالب) that only a low
  // prior for such unknown words lets the two frequent words win.
  TextAnalyzer analyzer(testing::shared_lexicon());
  EXPECT_EQ(surfaces_of(analyzer, "خبير الطبالشرعي الرقمي"),
            (std::vector<std::u32string>{U"خبير", U"الطب", U"الشرعي", U"الرقمي"}));
  EXPECT_EQ(surfaces_of(analyzer, "في وقتلاحق اليوم"), (std::vector<std::u32string>{U"في", U"وقت", U"لاحق", U"اليوم"}));
  EXPECT_EQ(surfaces_of(analyzer, "على نزعملكية الأرض"),
            (std::vector<std::u32string>{U"على", U"نزع", U"ملكية", U"الأرض"}));
  EXPECT_EQ(surfaces_of(analyzer, "بعدها فرضالهلالسيطرته على"),
            (std::vector<std::u32string>{U"بعدها", U"فرض", U"الهلال", U"سيطرته", U"على"}));
}

TEST(GlueSplitter, ALongRunOfTwoWordsIsCut) {
  // Spaces lost in SaudiNewsNet articles: two words glued make a run of nine letters or more
  // whose letters, seen three at a time, look like one word; its length says otherwise.
  TextAnalyzer analyzer(testing::shared_lexicon());
  EXPECT_EQ(surfaces_of(analyzer, "قال الأميرمشاري أمس"),
            (std::vector<std::u32string>{U"قال", U"الأمير", U"مشاري", U"أمس"}));
  EXPECT_EQ(surfaces_of(analyzer, "ثم ارتفعالمؤشر أمس"),
            (std::vector<std::u32string>{U"ثم", U"ارتفع", U"المؤشر", U"أمس"}));
  EXPECT_EQ(surfaces_of(analyzer, "وقال التفجيرينتسببا في"),
            (std::vector<std::u32string>{U"وقال", U"التفجيرين", U"تسببا", U"في"}));
}

TEST(GlueSplitter, ALongNameTheDocumentRepeatsStaysWhole) {
  // Length makes a long unknown word likelier glue, but is no evidence of it: the cut stays
  // doubtful, and a document that writes the word twice keeps it whole (الأم|فيتامين once).
  TextAnalyzer analyzer(testing::shared_lexicon());
  auto s = surfaces_of(analyzer, "ضبط حبوب الأمفيتامين المخدرة وكمية من الأمفيتامين أيضا");
  EXPECT_EQ(std::count(s.begin(), s.end(), U"الأمفيتامين"), 2) << s.size();
}

TEST(GlueSplitter, ARunHunspellKnowsWholeStaysWhole) {
  // Each reads as two frequent words too (المتر|بصون، من|تسبي، ان|عدم), but hunspell's
  // affix rules accept the whole run, which a glued pair seldom is.
  TextAnalyzer analyzer(testing::shared_lexicon());
  for (const char* word : {"المتربصون", "منتسبي", "انعدم"}) {
    auto s = surfaces_of(analyzer, std::string("قال ") + word + " أمس");
    EXPECT_EQ(s.size(), 3u) << word;
  }
}

TEST(GlueSplitter, AHamzaAfterAOneLetterProcliticStartsAStem) {
  // لهبأي: له + بأي (the hamza starts the stem of ب+أي), not لهب + أي.
  TextAnalyzer analyzer(testing::shared_lexicon());
  EXPECT_EQ(surfaces_of(analyzer, "الافتتاحية لهبأي موسم"),
            (std::vector<std::u32string>{U"الافتتاحية", U"له", U"بأي", U"موسم"}));
}

TEST(GlueSplitter, AHamzaAfterTheArticleStartsAStemToo) {
  // SaudiNewsNet glue: هيالآن reads هيا + لآن or هي + الآن, وأكدالأحمدي وأكدا + لأحمدي or
  // وأكد + الأحمدي. The hamza starts the stem after ال as it does after ل: both cuts get
  // the same help, and the words decide.
  TextAnalyzer analyzer(testing::shared_lexicon());
  EXPECT_EQ(surfaces_of(analyzer, "قال إن هيالآن في موقف"),
            (std::vector<std::u32string>{U"قال", U"إن", U"هي", U"الآن", U"في", U"موقف"}));
  EXPECT_EQ(surfaces_of(analyzer, "وأكدالأحمدي أن"), (std::vector<std::u32string>{U"وأكد", U"الأحمدي", U"أن"}));
}

TEST(GlueSplitter, TheArticleNeverStandsBeforeAPreposition) {
  // اللتحقيق is no ال + لتحقيق, since لتحقيق is ل + تحقيق: فريقاللتحقيق is فريقا + للتحقيق.
  // (اللجنة and اللقاء keep their reading: لجنة and لقاء are words.)
  TextAnalyzer analyzer(testing::shared_lexicon());
  EXPECT_EQ(surfaces_of(analyzer, "شكل فريقاللتحقيق في"), (std::vector<std::u32string>{U"شكل", U"فريقا", U"للتحقيق", U"في"}));
  EXPECT_EQ(surfaces_of(analyzer, "أعلن رفضاللاتفاق مع"), (std::vector<std::u32string>{U"أعلن", U"رفضا", U"للاتفاق", U"مع"}));
  EXPECT_EQ(surfaces_of(analyzer, "قالت اللجنة إن اللقاء"),
            (std::vector<std::u32string>{U"قالت", U"اللجنة", U"إن", U"اللقاء"}));
}

TEST(GlueSplitter, EveryPieceAroundAFinalOnlyLetterIsSplitAgain) {
  // Three words glued: the ى or ة may stand after the first or the second, and the piece
  // before it may be glued as well as the piece after it.
  TextAnalyzer analyzer(testing::shared_lexicon());
  EXPECT_EQ(surfaces_of(analyzer, "وقال ذلكإلىالأمن العام"),
            (std::vector<std::u32string>{U"وقال", U"ذلك", U"إلى", U"الأمن", U"العام"}));
  EXPECT_EQ(surfaces_of(analyzer, "من أجل الحفاظعلىحصة السوق"),
            (std::vector<std::u32string>{U"من", U"أجل", U"الحفاظ", U"على", U"حصة", U"السوق"}));
}

}  // namespace
}  // namespace marsad

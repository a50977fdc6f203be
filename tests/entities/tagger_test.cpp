// The named-entity tagger on real news (the seed articles), its model file, and its training.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/data_dir.h"
#include "core/input_error.h"
#include "core/utf8.h"
#include "entities/conll.h"
#include "entities/ner_eval.h"
#include "entities/tagger.h"
#include "entities/tagger_model.h"
#include "entities/tagger_train.h"
#include "text/analyzer.h"
#include "text/lexicon.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;

// Orthographic words as ANERcorp has them: split at spaces, punctuation on its own.
std::vector<std::u32string> words(std::u32string_view text) {
  const std::u32string_view punctuation = U".,،؛:!?؟\"()«»";
  std::vector<std::u32string> out;
  std::u32string word;
  auto flush = [&] {
    if (!word.empty()) out.push_back(std::move(word));
    word.clear();
  };
  for (char32_t c : text) {
    if (c == U' ' || c == U'\n' || c == U'\t') {
      flush();
    } else if (punctuation.find(c) != std::u32string_view::npos) {
      flush();
      out.push_back(std::u32string(1, c));
    } else {
      word.push_back(c);
    }
  }
  flush();
  return out;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The entities the tagger finds in a sentence, as "TYPE words".
std::vector<std::string> entities(const NerTagger& tagger, const std::string& sentence) {
  std::vector<std::u32string> tokens = words(utf8::decode(sentence));
  std::vector<Tag> tags = tagger.tag(tokens);
  std::vector<std::string> out;
  for (const EntityChunk& c : chunks(tags)) {
    std::string text(type_name(c.type));
    for (size_t i = c.start; i < c.end; ++i) text += " " + utf8::encode(tokens[i]);
    out.push_back(text);
  }
  return out;
}

class SeedArticles : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { tagger_ = NerTagger::load().release(); }
  static void TearDownTestSuite() { delete tagger_; }

  // A sentence quoted from a seed article (checked to be there), and what the tagger finds.
  static std::vector<std::string> tag_quote(const std::string& seed, const std::string& quote) {
    std::string text = read_file(data_path("corpus/seeds/" + seed));
    EXPECT_NE(text.find(quote), std::string::npos) << "not in " << seed << ": " << quote;
    return entities(*tagger_, quote);
  }
  static bool has(const std::vector<std::string>& found, const std::string& entity) {
    return std::find(found.begin(), found.end(), entity) != found.end();
  }
  static std::string list(const std::vector<std::string>& found) {
    std::string s;
    for (const auto& e : found) s += "[" + e + "] ";
    return s;
  }

  static NerTagger* tagger_;
};
NerTagger* SeedArticles::tagger_ = nullptr;

TEST_F(SeedArticles, FindsMinistersOfForeignAffairs) {
  auto found = tag_quote("001_4adcd82f8367ead6.txt",
                         "انتهى الاتصال الهاتفي الذي جرى بين وزير الخارجية الروسي سيرغي لافروف ونظيره الامريكي جون كيري");
  EXPECT_TRUE(has(found, "PER سيرغي لافروف")) << list(found);
  EXPECT_TRUE(has(found, "PER جون كيري")) << list(found);
  EXPECT_EQ(found.size(), 2u) << list(found);
}

TEST_F(SeedArticles, FindsAPersonWithoutTitle) {
  auto found = tag_quote("000_91d677eadaf30955.txt",
                         "ويري مراقبون أنه تم الاتفاق علي أن يرأس محمد علوش وفد فصائل المعارضة.");
  EXPECT_TRUE(has(found, "PER محمد علوش")) << list(found);
}

TEST_F(SeedArticles, FindsCapitalsAndCountries) {
  auto found = tag_quote("001_4adcd82f8367ead6.txt",
                         "وتشير مصادر فرنسية في باريس ان واشنطن التي دخلت في كباش مع تركيا حول الحرب على داعش");
  EXPECT_TRUE(has(found, "LOC باريس")) << list(found);
  EXPECT_TRUE(has(found, "LOC واشنطن")) << list(found);
  EXPECT_TRUE(has(found, "LOC تركيا")) << list(found);
}

TEST_F(SeedArticles, FindsAnOrganizationWithItsPreposition) {
  auto found = tag_quote("003_b370dc8600bd6f38.txt",
                         "وفي سياق متصل اجتمع وزراء خارجية الدول الأعضاء بالاتحاد الأوروبي أمس لمناقشة قضية السلام في "
                         "الشرق الأوسط المتعثرة والأزمة السورية");
  EXPECT_TRUE(has(found, "ORG بالاتحاد الأوروبي")) << list(found);
  EXPECT_TRUE(has(found, "LOC الشرق الأوسط")) << list(found);
}

TEST_F(SeedArticles, LeavesASentenceWithoutNamesAlone) {
  auto found = tag_quote("000_91d677eadaf30955.txt", "وليس لأنه يملك نفوذا عليها.");
  EXPECT_TRUE(found.empty()) << list(found);
}

// The pipeline hands the tagger the text layer's clitic segmentation of every word, so that
// new words are not segmented twice: that must be a shortcut only, never other tags. Two
// taggers with memos of their own: one only ever sees the text layer's segmentations.
TEST(TextLayerSegmentation, TagsTheSameAsTheTaggersOwn) {
  std::shared_ptr<const Lexicon> lexicon = Lexicon::load();
  TextAnalyzer analyzer(lexicon);
  std::unique_ptr<NerTagger> given = NerTagger::load("", lexicon), own = NerTagger::load("", lexicon);
  size_t documents = 0, names = 0;
  for (const auto& entry : fs::directory_iterator(data_path("corpus/seeds"))) {
    if (entry.path().extension() != ".txt") continue;
    Document d;
    d.id = entry.path().stem().string();
    d.text = read_file(entry.path().string());
    Analyzed a = analyzer.analyze(d);
    std::vector<std::vector<std::u32string_view>> sentences;
    DocumentSegmentations segmented;
    for (const Sentence& s : a.sentences) {
      auto& words = sentences.emplace_back();
      auto& segments = segmented.emplace_back();
      for (uint32_t i = s.first_token; i < s.end_token; ++i) {
        words.push_back(a.surface(a.tokens[i]));
        segments.push_back({a.tokens[i].kind == TokenKind::kWord ? a.key(a.tokens[i]) : std::u32string_view(),
                            a.tokens[i].seg});
      }
    }
    std::vector<std::vector<Tag>> with = given->tag_document(sentences, &segmented);
    EXPECT_EQ(with, own->tag_document(sentences)) << d.id;
    for (const auto& tags : with) names += chunks(tags).size();
    ++documents;
  }
  EXPECT_EQ(documents, 5u);
  EXPECT_GT(names, 100u);  // the comparison is about real tagging, not empty output
}

// A slice of the committed test split, as token sequences.
std::vector<LabeledSentence> test_sentences(size_t n) {
  std::vector<LabeledSentence> s = read_conll(data_path("ner/anercorp_test.txt"));
  s.resize(std::min(n, s.size()));
  return s;
}

TEST(NerModelFile, SavedAndLoadedModelTagsTheSame) {
  std::unique_ptr<NerTagger> original = NerTagger::load();
  fs::path path = fs::temp_directory_path() / "marsad_ner_roundtrip.model";
  original->save(path.string());
  std::unique_ptr<NerTagger> reloaded = NerTagger::load(path.string());
  fs::remove(path);

  EXPECT_EQ(reloaded->model().weights.features, original->model().weights.features);
  EXPECT_EQ(reloaded->model().weights.rows, original->model().weights.rows);
  size_t entities_found = 0;
  for (const LabeledSentence& s : test_sentences(300)) {
    std::vector<Tag> a = original->tag(s.tokens), b = reloaded->tag(s.tokens);
    ASSERT_EQ(a, b);
    entities_found += chunks(a).size();
  }
  EXPECT_GT(entities_found, 300u);  // it tagged something worth comparing
}

TEST(NerModelFile, RejectsWhatIsNotAModel) {
  fs::path path = fs::temp_directory_path() / "marsad_ner_not_a_model.txt";
  std::ofstream(path) << "بشار B-PER\n";
  EXPECT_THROW(NerTagger::load(path.string()), InputError);
  fs::remove(path);
  EXPECT_THROW(NerTagger::load("/nonexistent/ner.model"), InputError);
}

class TinyTraining : public ::testing::Test {
 protected:
  // 300 sentences of ANERcorp, 3 epochs: a second of training (stacked: four more passes).
  static NerModel train(uint64_t seed, int stacking_folds = 0) {
    std::vector<LabeledSentence> corpus = read_conll(data_path("ner/anercorp_train.txt"));
    corpus.resize(300);
    NerTrainOptions options;
    options.epochs = 3;
    options.seed = seed;
    options.prune = 0.01f;
    options.stacking_folds = stacking_folds;
    return train_ner(corpus, NerKnowledge::load(data_path("ner")), options);
  }
  static std::string saved(const NerModel& model, const std::string& name) {
    fs::path path = fs::temp_directory_path() / name;
    save_model(model, path.string());
    std::string bytes = read_file(path.string());
    fs::remove(path);
    return bytes;
  }
};

TEST_F(TinyTraining, IsReproducibleWithAFixedSeed) {
  std::string first = saved(train(42), "marsad_ner_tiny_a.model");
  std::string second = saved(train(42), "marsad_ner_tiny_b.model");
  std::string other_seed = saved(train(7), "marsad_ner_tiny_c.model");
  ASSERT_GT(first.size(), 10000u);
  EXPECT_TRUE(first == second) << "same seed, different model files";
  EXPECT_FALSE(first == other_seed) << "the seed does not change the sentence order";
}

TEST_F(TinyTraining, TrainedModelTagsTheSameAfterSaving) {
  NerModel model = train(42);
  NerTagger in_memory(model);
  fs::path path = fs::temp_directory_path() / "marsad_ner_tiny_roundtrip.model";
  save_model(model, path.string());
  std::unique_ptr<NerTagger> loaded = NerTagger::load(path.string());
  fs::remove(path);
  NerScore score;
  for (const LabeledSentence& s : test_sentences(200)) {
    std::vector<Tag> tags = in_memory.tag(s.tokens);
    ASSERT_EQ(tags, loaded->tag(s.tokens));
    score.add(s.tags, tags);
  }
  // 300 sentences teach something: well above zero, well below the full model.
  EXPECT_GT(score.micro.f1(), 20.0) << score.report();
}

TEST_F(TinyTraining, StackedModelIsReproducibleAndTagsTheSameAfterSaving) {
  NerModel model = train(42, 3);
  ASSERT_TRUE(model.stacked());
  EXPECT_EQ(saved(model, "marsad_ner_stacked_a.model"), saved(train(42, 3), "marsad_ner_stacked_b.model"));
  NerTagger in_memory(model);
  fs::path path = fs::temp_directory_path() / "marsad_ner_stacked_roundtrip.model";
  save_model(model, path.string());
  std::unique_ptr<NerTagger> loaded = NerTagger::load(path.string());
  fs::remove(path);
  ASSERT_TRUE(loaded->model().stacked());
  NerScore score;
  std::vector<LabeledSentence> sentences = test_sentences(200);
  for (size_t first = 0; first < sentences.size(); first += kSentencesPerPseudoDocument) {
    std::vector<std::vector<std::u32string_view>> document;
    for (size_t s = first; s < std::min(sentences.size(), first + kSentencesPerPseudoDocument); ++s)
      document.emplace_back(sentences[s].tokens.begin(), sentences[s].tokens.end());
    std::vector<std::vector<Tag>> tags = in_memory.tag_document(document);
    ASSERT_EQ(tags, loaded->tag_document(document));
    for (size_t s = 0; s < tags.size(); ++s) score.add(sentences[first + s].tags, tags[s]);
  }
  EXPECT_GT(score.micro.f1(), 20.0) << score.report();
}

// The committed model is the stacked one data/models/README.md describes.
TEST_F(SeedArticles, CommittedModelIsStacked) { EXPECT_TRUE(tagger_->model().stacked()); }

}  // namespace
}  // namespace marsad

// The whole pipeline on the seed articles (data/corpus/seeds), scored against their gold
// (tests/data/gold/seeds) with the matching of shared/eval/score.py; the batch runner's
// ordering; the JSON format; the CLI path the hook uses.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/data_dir.h"
#include "core/utf8.h"
#include "ingest/reader.h"
#include "pipeline/batch.h"
#include "pipeline/extraction_json.h"
#include "pipeline/pipeline.h"
#include "pipeline/scorer.h"

namespace marsad {
namespace {

const std::string kGold = std::string(MARSAD_TEST_DATA) + "/gold/seeds";

std::vector<Document> seed_documents() {
  std::vector<Document> docs;
  ingest::read_inputs(
      {data_path("corpus/seeds")}, {},
      [&](Document&& d) {
        // The publication dates of the gold (data/corpus/seeds has no metadata files).
        std::ifstream gold(kGold + "/" + d.id + ".gold.json");
        if (gold) {
          auto g = nlohmann::json::parse(gold);
          if (g.contains("publication_date") && g["publication_date"].is_string()) d.date = g["publication_date"];
        }
        docs.push_back(std::move(d));
      },
      [](const InputError& e) { ADD_FAILURE() << e.what(); });
  return docs;
}

const std::shared_ptr<const Knowledge>& knowledge() {
  static const std::shared_ptr<const Knowledge> k = Knowledge::load();
  return k;
}

eval::Scores score_seeds(NameSources sources, unsigned threads = 2) {
  std::vector<Document> docs = seed_documents();
  std::map<std::string, nlohmann::json> predictions;
  BatchOptions options;
  options.threads = threads;
  options.sources = sources;
  run_pipeline(
      knowledge(), [&](const std::function<void(Document&&)>& emit) { for (Document d : docs) emit(std::move(d)); },
      options, [&](Extraction&& x) { predictions[x.document.id] = extraction_to_json(x); });
  return eval::score(kGold, predictions);
}

TEST(Pipeline, SeedMentionsAndLinksScoreAboveTheBars) {
  eval::Scores s = score_seeds(NameSources::kGazetteerAndTagger);
  // Measured 0.955 / 0.988 / 0.994 when written; the issue's bars are 0.85 / 0.90 / 0.90.
  EXPECT_GE(s.strict.f1(), 0.90) << eval::format_scores(s);
  EXPECT_GE(s.lenient_f1(), 0.93) << eval::format_scores(s);
  EXPECT_GE(s.linking_accuracy(), 0.95) << eval::format_scores(s);
}

TEST(Pipeline, AblationGazetteerAndTaggerBeatGazetteerAloneBeatNothing) {
  eval::Scores both = score_seeds(NameSources::kGazetteerAndTagger);
  eval::Scores gazetteer = score_seeds(NameSources::kGazetteerOnly);
  eval::Scores nothing = score_seeds(NameSources::kNone);
  // The tagger adds the names the gazetteer lacks and takes none away; on the seeds, whose
  // names the gazetteer knows, it may cost a stray false name or two.
  EXPECT_GE(both.strict.recall(), gazetteer.strict.recall());
  EXPECT_GE(both.strict.f1(), gazetteer.strict.f1() - 0.01);
  EXPECT_GT(gazetteer.strict.f1(), nothing.strict.f1() + 0.5);
  EXPECT_EQ(nothing.strict.f1(), 0.0);
}

TEST(Batch, ResultsComeInInputOrderWhateverTheThreads) {
  std::vector<Document> docs = seed_documents();
  for (unsigned threads : {1u, 2u, 3u}) {
    std::vector<std::string> order;
    BatchOptions options;
    options.threads = threads;
    run_pipeline(
        knowledge(), [&](const std::function<void(Document&&)>& emit) { for (Document d : docs) emit(std::move(d)); },
        options, [&](Extraction&& x) { order.push_back(x.document.id); });
    ASSERT_EQ(order.size(), docs.size());
    for (size_t i = 0; i < docs.size(); ++i) EXPECT_EQ(order[i], docs[i].id) << threads << " threads";
  }
}

TEST(ExtractionJson, SurfacesAreTheCodePointSlicesOfTheOriginal) {
  Document d;
  d.id = "t";
  d.date = "2016-10-26";
  // 001: a title before a name, a capital, a clitic-attached country.
  d.text = "جرى بين وزير الخارجية الروسي سيرغي لافروف ونظيره الامريكي جون كيري. وقال وزير الخارجية الروسي إن موسكو تدعم لتركيا";
  Pipeline pipeline(knowledge());
  Extraction x = pipeline.extract(d);
  nlohmann::json j = extraction_to_json(x);
  std::u32string text = utf8::decode(d.text);
  ASSERT_FALSE(j["mentions"].empty());
  for (const auto& m : j["mentions"]) {
    std::u32string slice = text.substr(m["start"].get<size_t>(), m["end"].get<size_t>() - m["start"].get<size_t>());
    EXPECT_EQ(utf8::encode(slice), m["surface"].get<std::string>());
    EXPECT_NE(m["source"], "role");  // bare titles are arguments, not names
  }
  bool lavrov = false;
  for (const auto& e : j["entities"]) lavrov |= e["id"] == "sergey_lavrov" && e["name_en"] == "Sergey Lavrov";
  EXPECT_TRUE(lavrov);
  EXPECT_EQ(j["doc"], "t");
  EXPECT_EQ(j["publication_date"], "2016-10-26");
}

TEST(Cli, ExtractJsonLinesIsWhatTheScorerReads) {
  std::string dir = ::testing::TempDir();
  std::string input = dir + "/marsad_extract_input.jsonl", output = dir + "/marsad_extract_output.jsonl";
  {
    std::ofstream in(input);
    in << R"({"id": "a", "content": "قال سيرغي لافروف في موسكو إن تركيا", "date": "2016-10-26"})" << "\n";
    in << R"({"id": "b", "text": "هاجمت جبهة النصرة مواقع في إدلب"})" << "\n";
  }
  std::string command = std::string(MARSAD_BINARY) + " extract --json " + input + " > " + output;
  ASSERT_EQ(std::system(command.c_str()), 0);
  std::ifstream out(output);
  std::vector<nlohmann::json> lines;
  for (std::string line; std::getline(out, line);) lines.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["doc"], "a");
  EXPECT_EQ(lines[0]["publication_date"], "2016-10-26");
  EXPECT_EQ(lines[1]["doc"], "b");
  bool nusra = false;
  for (const auto& m : lines[1]["mentions"]) nusra |= m["entity"] == "al_nusra_front" && m["type"] == "ORG";
  EXPECT_TRUE(nusra);
}

}  // namespace
}  // namespace marsad

// Full-text search on the seed articles and on small made-up documents: marsad's analysis on
// both sides (clitics, folding, harakat), BM25 with the exact form first, snippets and
// highlights that land on the original text, filters, and an index that survives --reprocess.
#include <gtest/gtest.h>

#include <filesystem>

#include "core/data_dir.h"
#include "core/utf8.h"
#include "ingest/reader.h"
#include "pipeline/knowledge_data.h"
#include "pipeline/pipeline.h"
#include "search/analysis_fingerprint.h"
#include "search/fts_index.h"
#include "search/indexed_writing.h"
#include "search/search.h"
#include "search/terms.h"
#include "store/schema.h"
#include "store/text_layer.h"
#include "text/analyzer.h"
#include "text/normalize.h"

namespace marsad::search {
namespace {

namespace fs = std::filesystem;

class SearchIndex : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    knowledge_ = Knowledge::load();
    analysis_ = analysis_fingerprint(knowledge_->data().lexicon);
  }

  void SetUp() override {
    path_ = (fs::temp_directory_path() /
             ("marsad_search_test_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) +
              std::to_string(::getpid()) + ".db"))
                .string();
    for (const char* s : {"", "-wal", "-shm"}) fs::remove(path_ + s);
    db_ = std::make_unique<store::Database>(path_);
    store::migrate(*db_);
    register_fts(*db_, knowledge_->data().lexicon);
    ensure_index(*db_, analysis_);
    index_ = std::make_unique<FullTextIndex>(*db_);
    writer_ = std::make_unique<store::Writer>(*db_, index_.get());
    writer_->load_knowledge();
  }
  void TearDown() override {
    searcher_.reset();
    writer_.reset();
    index_.reset();
    db_.reset();
    for (const char* s : {"", "-wal", "-shm"}) fs::remove(path_ + s);
  }

  void write(const std::vector<Document>& docs, bool reprocess = false) {
    Pipeline pipeline(knowledge_);
    TextAnalyzer titles(knowledge_->data().lexicon);
    writer_->begin();
    for (const auto& d : docs) {
      Analyzed analyzed;
      Extraction x = pipeline.extract(d, analyzed);
      writer_->write(indexed_record(std::move(x), analyzed, titles), reprocess);
    }
    writer_->commit();
    searcher_ = std::make_unique<Searcher>(*db_, knowledge_->data().lexicon);
  }

  void write_seeds(bool reprocess = false) {
    std::vector<Document> docs;
    ingest::read_inputs({data_path("corpus/seeds")}, {}, [&](Document&& d) { docs.push_back(std::move(d)); },
                        [](const InputError& e) { FAIL() << e.what(); });
    write(docs, reprocess);
  }

  static Document doc(std::string id, std::string text, std::string title = "", std::string source = "",
                      std::string date = "") {
    Document d;
    d.id = std::move(id);
    d.text = std::move(text);
    d.title = std::move(title);
    d.source = std::move(source);
    d.date = std::move(date);
    return d;
  }

  static std::string highlighted(const SearchResult& r, Span h) {
    return utf8::encode(utf8::decode(r.snippet).substr(h.start, h.size()));
  }

  static inline std::shared_ptr<const Knowledge> knowledge_;
  static inline std::string analysis_;
  std::string path_;
  std::unique_ptr<store::Database> db_;
  std::unique_ptr<FullTextIndex> index_;
  std::unique_ptr<store::Writer> writer_;
  std::unique_ptr<Searcher> searcher_;
};

TEST_F(SearchIndex, FindsSeedsThroughClitics) {
  write_seeds();
  // وفد appears in the seeds as فوفد and وفد; the query's clitic و comes off too.
  auto found = searcher_->search("ووفد المعارضة");
  ASSERT_FALSE(found.results.empty());
  for (const auto& r : found.results) {
    ASSERT_FALSE(r.highlights.empty()) << r.doc;
    for (Span h : r.highlights) {
      std::string word = key_utf8(highlighted(r, h));
      EXPECT_TRUE(word.find(key_utf8("وفد")) != std::string::npos || word.find(key_utf8("معارض")) != std::string::npos)
          << word;
    }
  }
}

TEST_F(SearchIndex, HighlightsKeepTheHarakatOfTheOriginal) {
  write({doc("a", "قال مُحَمَّدٌ إن الاجتماع انتهى."), doc("b", "انتهى الاجتماع دون نتيجة.")});
  auto found = searcher_->search("محمد");  // no harakat in the query
  ASSERT_EQ(found.results.size(), 1u);
  EXPECT_EQ(found.results[0].doc, "a");
  ASSERT_EQ(found.results[0].highlights.size(), 1u);
  EXPECT_EQ(highlighted(found.results[0], found.results[0].highlights[0]), "مُحَمَّدٌ");
  // And the other way: a query with harakat finds the bare spelling.
  EXPECT_EQ(searcher_->search("الاجْتِماع").results.size(), 2u);
}

TEST_F(SearchIndex, ExactFormInATitleRanksAboveAnotherFormOfTheStem) {
  // Same words, same length: only the form of the searched word in the title differs.
  const std::string body = "بحث الاجتماع أوضاع المدينة";
  write({doc("clitic", body, "وصلت الفصائل إلى المدينة صباحا"), doc("exact", body, "وصلت فصائل إلى المدينة صباحا"),
         doc("other", body, "وصل الوفد إلى المدينة صباحا")});
  auto found = searcher_->search("فصائل");
  ASSERT_EQ(found.results.size(), 2u);
  EXPECT_EQ(found.results[0].doc, "exact");
  EXPECT_EQ(found.results[1].doc, "clitic");
  EXPECT_GT(found.results[0].score, found.results[1].score);
}

TEST_F(SearchIndex, BodiesAreIndexedByStemsAndTitlesByExactFormsToo) {
  write({doc("a", "وصلت الفصائل إلى المدينة صباحا", "وفد الفصائل")});
  db_->exec("CREATE VIRTUAL TABLE temp.columns USING fts5vocab(main, doc_search, 'col')");
  auto count = [&](const std::string& where) {
    return db_->scalar("SELECT count(*) FROM temp.columns WHERE " + where);
  };
  EXPECT_EQ(count("col='title' AND term='=" + key_utf8("الفصائل") + "'"), 1);
  EXPECT_EQ(count("col='title' AND term='" + key_utf8("فصائل") + "'"), 1);
  EXPECT_EQ(count("col='text' AND term LIKE '=%'"), 0);
  EXPECT_EQ(count("col='text' AND term='" + key_utf8("فصائل") + "'"), 1);
}

TEST_F(SearchIndex, AnIndexOfAnOlderMarsadIsRebuilt) {
  write_seeds();
  // The definition of earlier versions: content straight from documents, exact forms everywhere.
  db_->exec("DROP TABLE doc_search_vocab; DROP TABLE doc_search; DROP VIEW doc_search_content;"
            "CREATE VIRTUAL TABLE doc_search USING fts5(title, text, content='documents', content_rowid='num', "
            "tokenize='marsad')");
  EXPECT_TRUE(ensure_index(*db_, analysis_));
  EXPECT_NO_THROW(db_->exec("INSERT INTO doc_search(doc_search, rank) VALUES('integrity-check', 1)"));
  searcher_ = std::make_unique<Searcher>(*db_, knowledge_->data().lexicon);
  EXPECT_FALSE(searcher_->search("أستانة").results.empty());
  EXPECT_FALSE(ensure_index(*db_, analysis_));  // current now
}

TEST_F(SearchIndex, AnIndexBuiltByAnotherAnalysisIsIndexedAgain) {
  write_seeds();
  // Terms no analysis of today's text gives, as an index made by another analysis holds: a
  // delete re-tokenizing the stored text would not find them, so the index fails its check.
  db_->exec("INSERT INTO doc_search(rowid, title, text) SELECT num, 'x', 'عنوان قديم' FROM documents LIMIT 1;"
            "UPDATE meta SET value='another analysis' WHERE key='index_analysis'");
  EXPECT_ANY_THROW(db_->exec("INSERT INTO doc_search(doc_search, rank) VALUES('integrity-check', 1)"));
  EXPECT_TRUE(ensure_index(*db_, analysis_));
  EXPECT_NO_THROW(db_->exec("INSERT INTO doc_search(doc_search, rank) VALUES('integrity-check', 1)"));
  auto q = db_->prepare("SELECT value FROM meta WHERE key='index_analysis'");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.text(0), analysis_);
  searcher_ = std::make_unique<Searcher>(*db_, knowledge_->data().lexicon);
  EXPECT_FALSE(searcher_->search("أستانة").results.empty());
  EXPECT_FALSE(ensure_index(*db_, analysis_));  // current now: nothing to do
}

TEST_F(SearchIndex, TitleWordsWeighMoreThanBodyWords) {
  write({doc("body", "عقد اجتماع في المدينة وحضره ممثلون عن الحكومة", "أخبار محلية"),
         doc("title", "عقد لقاء في المدينة وحضره ممثلون عن الحكومة", "اجتماع في المدينة")});
  auto found = searcher_->search("اجتماع");
  ASSERT_EQ(found.results.size(), 2u);
  EXPECT_EQ(found.results[0].doc, "title");
}

TEST_F(SearchIndex, TitleHitsComeFirstAndBodyHitsFillTheRest) {
  // Ranking title hits alone first must not hide the documents whose body has the word.
  write({doc("body1", "بحث المجلس ملف الاجتماع الطارئ في المدينة", "أخبار محلية"),
         doc("title", "عقد لقاء في المدينة وحضره ممثلون عن الحكومة", "اجتماع في المدينة"),
         doc("body2", "أرجئ الاجتماع إلى الأسبوع المقبل", "أخبار عاجلة")});
  auto found = searcher_->search("اجتماع");
  ASSERT_EQ(found.results.size(), 3u);
  EXPECT_EQ(found.results[0].doc, "title");
  auto first = searcher_->search("اجتماع", {.limit = 1});
  ASSERT_EQ(first.results.size(), 1u);
  EXPECT_EQ(first.results[0].doc, "title");
}

TEST_F(SearchIndex, AWordWithAOneLetterStemIsSearchedByItsExactForm) {
  // ولي (as in ولي العهد) analyzes as و + ل + ي, like لي and وله whose stem is ل too.
  write({doc("guardian", "وصل ولي العهد إلى المدينة"), doc("to_me", "قال لي إنه وصل إلى المدينة"),
         doc("to_him", "وله رأي آخر في المدينة")});
  auto found = searcher_->search("ولي");
  ASSERT_EQ(found.results.size(), 1u);
  EXPECT_EQ(found.results[0].doc, "guardian");
  ASSERT_EQ(found.results[0].highlights.size(), 1u);
  EXPECT_EQ(highlighted(found.results[0], found.results[0].highlights[0]), "ولي");
}

TEST_F(SearchIndex, FiltersBySourceAndDate) {
  write({doc("x", "قصف الطيران مدينة إدلب", "", "sana", "2017-01-10"),
         doc("y", "قصف الطيران مدينة إدلب مجددا", "", "aawsat", "2017-02-10"),
         doc("z", "قصف الطيران مدينة إدلب مرة ثالثة", "", "sana", "2017-03-10")});
  EXPECT_EQ(searcher_->search("قصف إدلب").results.size(), 3u);
  auto sana = searcher_->search("قصف إدلب", {.source = "sana"});
  ASSERT_EQ(sana.results.size(), 2u);
  for (const auto& r : sana.results) EXPECT_EQ(r.source, "sana");
  auto february = searcher_->search("قصف إدلب", {.from = "2017-02-01", .to = "2017-02-28"});
  ASSERT_EQ(february.results.size(), 1u);
  EXPECT_EQ(february.results[0].doc, "y");
  // إدلب is a place in data/: documents that mention it are found by the place filter.
  EXPECT_EQ(searcher_->search("قصف", {.place = "idlib"}).results.size(),
            static_cast<size_t>(db_->scalar("SELECT count(*) FROM document_actors WHERE actor='idlib'")));
}

TEST_F(SearchIndex, ReprocessKeepsTheIndexConsistent) {
  write_seeds();
  size_t before = searcher_->search("أستانة").results.size();
  ASSERT_GT(before, 0u);
  write_seeds(true);  // deletes each document from the index (re-analyzing it) and adds it again
  EXPECT_EQ(searcher_->search("أستانة").results.size(), before);
  EXPECT_NO_THROW(db_->exec("INSERT INTO doc_search(doc_search, rank) VALUES('integrity-check', 1)"));
}

TEST_F(SearchIndex, UnknownWordsFindNothing) {
  write_seeds();
  EXPECT_TRUE(searcher_->search("qwxzvb").results.empty());
  EXPECT_TRUE(searcher_->search("").results.empty());
  EXPECT_TRUE(searcher_->search("\"؟!").results.empty());
}

TEST(IndexTerms, ATitleGivesStemAndExactFormAtOnePositionWithByteOffsets) {
  auto knowledge = Knowledge::load();
  TextAnalyzer analyzer(knowledge->data().lexicon);
  Document d;
  d.text = "وللفصائل 12";
  Analyzed a = analyzer.analyze(d);
  auto terms = index_terms(a, Field::kTitle);
  ASSERT_EQ(terms.size(), 3u);
  EXPECT_FALSE(terms[0].colocated);
  EXPECT_TRUE(terms[1].colocated);
  EXPECT_EQ(terms[1].term, "=" + key_utf8("وللفصائل"));
  EXPECT_EQ(terms[0].term, key_utf8("فصائل"));
  EXPECT_EQ(d.text.substr(terms[0].start, terms[0].end - terms[0].start), "وللفصائل");
  EXPECT_EQ(terms[2].term, "12");
  EXPECT_EQ(d.text.substr(terms[2].start, terms[2].end - terms[2].start), "12");
}

TEST(IndexTerms, ABodyGivesStemsOnly) {
  auto knowledge = Knowledge::load();
  TextAnalyzer analyzer(knowledge->data().lexicon);
  Document d;
  d.text = "وللفصائل 12";
  auto terms = index_terms(analyzer.analyze(d), Field::kBody);
  ASSERT_EQ(terms.size(), 2u);
  EXPECT_EQ(terms[0].term, key_utf8("فصائل"));
  EXPECT_FALSE(terms[1].colocated);
  EXPECT_EQ(terms[1].term, "12");
}

}  // namespace
}  // namespace marsad::search

// The store on the seed articles: schema and migrations, knowledge from data/, documents with
// their text layer and facts, idempotent writes and --reprocess, the reader's queries.
#include <gtest/gtest.h>

#include <filesystem>

#include "core/data_dir.h"
#include "core/utf8.h"
#include "ingest/reader.h"
#include "pipeline/pipeline.h"
#include "store/reader.h"
#include "store/record.h"
#include "store/schema.h"
#include "store/text_layer.h"
#include "store/writer.h"
#include "text/normalize.h"

namespace marsad::store {
namespace {

namespace fs = std::filesystem;

std::string temp_db(const std::string& name) {
  fs::path p = fs::temp_directory_path() / ("marsad_store_test_" + name + "_" + std::to_string(::getpid()) + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(p.string() + suffix);
  return p.string();
}

std::vector<Document> seeds() {
  std::vector<Document> docs;
  ingest::read_inputs({data_path("corpus/seeds")}, {}, [&](Document&& d) { docs.push_back(std::move(d)); },
                      [](const InputError& e) { FAIL() << e.what(); });
  return docs;
}

Record record_of(Pipeline& pipeline, const Document& doc) {
  Analyzed analyzed;
  Extraction x = pipeline.extract(doc, analyzed);
  return make_record(std::move(x), analyzed);
}

class SeedStore : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    knowledge_ = Knowledge::load();
    documents_ = new std::vector<Document>(seeds());
  }
  static void TearDownTestSuite() { delete documents_; }

  void SetUp() override {
    path_ = temp_db(::testing::UnitTest::GetInstance()->current_test_info()->name());
    db_ = std::make_unique<Database>(path_);
    migrate(*db_);
    writer_ = std::make_unique<Writer>(*db_, nullptr);
  }
  void TearDown() override {
    writer_.reset();
    db_.reset();
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path_ + suffix);
  }
  void write_seeds(bool reprocess = false) {
    Pipeline pipeline(knowledge_);
    writer_->begin();
    for (const auto& d : *documents_) writer_->write(record_of(pipeline, d), reprocess);
    writer_->commit();
  }

  static inline std::shared_ptr<const Knowledge> knowledge_;
  static inline std::vector<Document>* documents_ = nullptr;
  std::string path_;
  std::unique_ptr<Database> db_;
  std::unique_ptr<Writer> writer_;
};

TEST_F(SeedStore, MigrationSetsTheVersionAndRunsOnce) {
  EXPECT_EQ(db_->scalar("PRAGMA user_version"), schema_version());
  EXPECT_EQ(db_->prepare("PRAGMA journal_mode").step(), true);
  migrate(*db_);  // nothing left to apply
  EXPECT_EQ(db_->scalar("PRAGMA user_version"), schema_version());
}

TEST_F(SeedStore, RefusesADatabaseFromANewerMarsad) {
  db_->exec("PRAGMA user_version=" + std::to_string(schema_version() + 1));
  EXPECT_THROW(migrate(*db_), StoreError);
}

// A mention count per actor and document replaces the index of mentions by actor: every count
// agrees with the mention rows, and a database made before the count gets it filled in.
TEST_F(SeedStore, ActorMentionCountsAgreeWithTheMentionsAlsoAfterAnUpgrade) {
  write_seeds();
  const char* disagreeing =
      "SELECT count(*) FROM document_actors a WHERE a.mentions != "
      "(SELECT count(*) FROM mentions m WHERE m.doc = a.doc AND m.actor = a.actor)";
  EXPECT_GT(db_->scalar("SELECT count(*) FROM document_actors WHERE mentions > 1"), 10);
  EXPECT_EQ(db_->scalar(disagreeing), 0);
  Reader reader(*db_);
  auto lavrov = reader.actor_profile("sergey_lavrov");
  ASSERT_TRUE(lavrov);
  EXPECT_EQ(lavrov->mentions, static_cast<size_t>(db_->scalar("SELECT count(*) FROM mentions WHERE actor='sergey_lavrov'")));

  // The database as schema version 1 left it: no count, an index of mentions by actor.
  db_->exec("ALTER TABLE document_actors DROP COLUMN mentions; CREATE INDEX mentions_actor ON mentions(actor); "
            "CREATE INDEX events_date ON events(date); PRAGMA user_version=1");
  migrate(*db_);
  EXPECT_EQ(db_->scalar(disagreeing), 0);
  EXPECT_EQ(db_->scalar("SELECT count(*) FROM sqlite_master WHERE name IN ('mentions_actor', 'events_date')"), 0);
}

TEST_F(SeedStore, LoadsActorsAliasesAndCodesFromData) {
  EXPECT_TRUE(writer_->load_knowledge());
  EXPECT_GT(db_->scalar("SELECT count(*) FROM actors WHERE origin='data'"), 1500);
  EXPECT_GT(db_->scalar("SELECT count(*) FROM aliases"), 3000);
  EXPECT_GT(db_->scalar("SELECT count(*) FROM cameo_codes"), 250);
  EXPECT_EQ(db_->scalar("SELECT count(*) FROM actors WHERE id='damascus' AND lat IS NOT NULL"), 1);
  EXPECT_FALSE(writer_->load_knowledge());  // unchanged data/: nothing to do

  Reader reader(*db_);
  auto lavrov = reader.find_actor("لافروف");  // an alias
  ASSERT_TRUE(lavrov);
  EXPECT_EQ(lavrov->id, "sergey_lavrov");
  auto astana = reader.find_actor("آستانة");  // folds to the alias أستانة
  ASSERT_TRUE(astana);
  EXPECT_EQ(astana->id, "astana");
  EXPECT_FALSE(reader.find_actor("no such actor"));
}

TEST_F(SeedStore, DocumentsKeepTheirTextLayerInOriginalCodePoints) {
  writer_->load_knowledge();
  write_seeds();
  Reader reader(*db_);
  EXPECT_EQ(reader.stats().documents, documents_->size());
  for (const auto& d : *documents_) {
    auto v = reader.document(d.id);
    ASSERT_TRUE(v) << d.id;
    EXPECT_EQ(v->text, d.text);
    std::u32string text = utf8::decode(d.text);
    ASSERT_FALSE(v->tokens.empty());
    ASSERT_FALSE(v->sentences.empty());
    EXPECT_LE(v->sentences.back().end, text.size());
    for (const auto& t : v->tokens) {
      ASSERT_LE(t.span.end, text.size());
      ASSERT_LT(t.span.start, t.span.end);
    }
    for (const auto& m : v->mentions) ASSERT_LE(m.span.end, text.size());
    for (const auto& e : v->events) {
      ASSERT_LE(e.evidence.end, text.size());
      EXPECT_EQ(e.evidence_text, utf8::encode(text.substr(e.evidence.start, e.evidence.size())));
    }
  }
  // The first seed has the glued انقساماتها.التي: the repair is stored with its original span.
  auto first = reader.document(documents_->front().id);
  ASSERT_FALSE(first->repairs.empty());
  std::u32string text = utf8::decode(first->text);
  for (const auto& r : first->repairs)
    EXPECT_EQ(utf8::encode(text.substr(r.span.start, r.span.size())), r.before);
}

TEST_F(SeedStore, WritingAgainSkipsAndReprocessReplaces) {
  write_seeds();
  auto count = [&](const char* table) { return db_->scalar(std::string("SELECT count(*) FROM ") + table); };
  int64_t docs = count("documents"), mentions = count("mentions"), events = count("events"), repairs = count("repairs");
  write_seeds();  // same ids: nothing changes
  EXPECT_EQ(count("documents"), docs);
  EXPECT_EQ(count("mentions"), mentions);
  EXPECT_EQ(count("repairs"), repairs);
  write_seeds(true);  // replaced, not duplicated
  EXPECT_EQ(count("documents"), docs);
  EXPECT_EQ(count("mentions"), mentions);
  EXPECT_EQ(count("events"), events);
  EXPECT_EQ(count("repairs"), repairs);
  EXPECT_EQ(count("text_layers"), docs);
}

TEST_F(SeedStore, RolledBackActorsAreWrittenAgain) {
  // A POST that fails half-way is rolled back; the actors it wrote are gone from the table,
  // so the next write must store them again, not take them for known.
  Pipeline pipeline(knowledge_);
  writer_->begin();
  for (const auto& d : *documents_) writer_->write(record_of(pipeline, d), false);
  writer_->rollback();
  EXPECT_FALSE(writer_->in_transaction());
  EXPECT_EQ(db_->scalar("SELECT count(*) FROM documents"), 0);
  write_seeds();
  EXPECT_EQ(db_->scalar("SELECT count(*) FROM documents"), static_cast<int64_t>(documents_->size()));
  EXPECT_GT(db_->scalar("SELECT count(*) FROM actors"), 0);
  EXPECT_EQ(db_->scalar("SELECT count(*) FROM document_actors WHERE actor NOT IN (SELECT id FROM actors)"), 0);
}

TEST_F(SeedStore, ReaderAnswersTheQueriesOfTheUi) {
  writer_->load_knowledge();
  write_seeds();
  Reader reader(*db_);
  Stats s = reader.stats();
  EXPECT_EQ(s.schema_version, schema_version());
  EXPECT_GT(s.words, 1000u);
  EXPECT_EQ(reader.documents(2).size(), 2u);
  auto all = reader.events({});
  EXPECT_EQ(all.size(), s.events);
  for (const auto& e : reader.events({.from = "2017-01-01", .to = "2017-12-31"})) {
    std::string date = e.date.empty() ? e.doc_date : e.date;
    EXPECT_GE(date, "2017-01-01");
    EXPECT_LE(date, "2017-12-31");
  }
  for (const auto& e : reader.events({.type = "19"})) EXPECT_EQ(e.cameo.substr(0, 2), "19");
  // Any actor that documents refer to has a profile whose counts agree with the facts.
  auto q = db_->prepare("SELECT actor, count(*) FROM document_actors GROUP BY actor ORDER BY 2 DESC LIMIT 1");
  if (q.step()) {
    auto profile = reader.actor_profile(q.text(0));
    ASSERT_TRUE(profile);
    EXPECT_EQ(profile->documents, static_cast<size_t>(q.int64(1)));
    EXPECT_FALSE(profile->first_seen.empty() && !s.first_date.empty());
    Graph g = reader.graph(q.text(0), 2);
    ASSERT_FALSE(g.nodes.empty());
    for (const auto& e : g.edges) {
      bool has_source = false, has_target = false;
      for (const auto& n : g.nodes) has_source |= n.actor.id == e.source, has_target |= n.actor.id == e.target;
      EXPECT_TRUE(has_source && has_target) << e.source << " → " << e.target;
    }
  }
}

TEST(TextLayer, PacksAndUnpacksTokens) {
  Analyzed a;
  a.tokens.resize(2);
  a.tokens[0].span = {0, 5};
  a.tokens[0].seg.stem_start = 2;
  a.tokens[0].seg.stem_length = 3;
  a.tokens[1].span = {70000, 70007};
  a.tokens[1].kind = TokenKind::kNumber;
  auto rows = unpack_tokens(pack_tokens(a));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].span, (Span{0, 5}));
  EXPECT_EQ(rows[0].stem_offset, 2);
  EXPECT_EQ(rows[0].stem_length, 3);
  EXPECT_EQ(rows[1].span, (Span{70000, 70007}));
  EXPECT_EQ(static_cast<TokenKind>(rows[1].kind), TokenKind::kNumber);
}

}  // namespace
}  // namespace marsad::store

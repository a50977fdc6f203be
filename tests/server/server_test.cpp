// marsad serve, in-process on a free port, over a database of the seed articles built by the
// ingest code: every endpoint answers what the knowledge base holds (spans slice the original
// text, highlights slice the snippet), and hostile requests get a clean 4xx while the server
// keeps serving.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "core/data_dir.h"
#include "core/utf8.h"
#include "entities/linker.h"
#include "ingest/reader.h"
#include "pipeline/knowledge_data.h"
#include "pipeline/pipeline.h"
#include "search/fts_index.h"
#include "search/indexed_writing.h"
#include "server/server.h"
#include "store/writer.h"
#include "text/analyzer.h"
#include "text/normalize.h"

namespace marsad::server {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kToken = "s3cret-token";

std::u32string slice(const std::string& text, uint32_t start, uint32_t end) {
  std::u32string t = utf8::decode(text);
  EXPECT_LE(start, end);
  EXPECT_LE(end, t.size());
  return end <= t.size() && start <= end ? t.substr(start, end - start) : U"";
}

// The seed documents, as `marsad ingest data/corpus/seeds` reads them.
std::vector<Document> seed_documents() {
  std::vector<Document> docs;
  ingest::read_inputs({data_path("corpus/seeds")}, {}, [&](Document&& d) { docs.push_back(std::move(d)); },
                      [](const InputError& e) { ADD_FAILURE() << e.what(); });
  return docs;
}

// Builds the database the way `marsad ingest` does (search/indexed_writing.h).
void build_database(const std::string& path, const std::shared_ptr<const Knowledge>& knowledge) {
  store::Database db(path);
  search::open_for_writing(db, knowledge->data().lexicon);
  search::FullTextIndex index(db);
  store::Writer writer(db, &index);
  writer.load_knowledge();
  Pipeline pipeline(knowledge);
  TextAnalyzer titles(knowledge->data().lexicon);
  CrossDocumentNames names;
  writer.begin();
  for (auto& doc : seed_documents()) {
    Analyzed analyzed;
    Extraction x = pipeline.extract(doc, analyzed);
    store::Record r = search::indexed_record(std::move(x), analyzed, titles);
    names.unify(r.extraction);
    writer.write(r, false);
  }
  writer.commit();
}

// A raw request, byte for byte (no client-side normalization of the path): the status code
// and the body.
std::pair<int, std::string> raw_request(int port, const std::string& request) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return {-1, ""};
  }
  (void)!::write(fd, request.data(), request.size());
  std::string answer;
  char buffer[4096];
  for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;) answer.append(buffer, n);
  ::close(fd);
  int status = answer.size() > 12 ? std::atoi(answer.substr(9, 3).c_str()) : -1;
  size_t body = answer.find("\r\n\r\n");
  return {status, body == std::string::npos ? "" : answer.substr(body + 4)};
}

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("marsad_server_test_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "dist" / "assets");
    std::ofstream(dir_ / "dist" / "index.html") << "<!doctype html><title>marsad</title>";
    std::ofstream(dir_ / "dist" / "assets" / "app.js") << "console.log('marsad')";
    std::ofstream(dir_ / "secret.txt") << "TOP-SECRET";
    fs::create_symlink(dir_ / "secret.txt", dir_ / "dist" / "assets" / "link.txt");
    knowledge_ = Knowledge::load();
    db_ = (dir_ / "marsad.db").string();
    build_database(db_, knowledge_);
    ServeSettings settings;
    settings.db = db_;
    settings.port = 0;
    settings.token = kToken;
    settings.static_dir = (dir_ / "dist").string();
    settings.max_body_bytes = 1u << 20;  // 1 MB: the oversized-body test stays fast
    server_ = new Server(settings, knowledge_);
    port_ = server_->bind();
    ASSERT_GT(port_, 0);
    thread_ = new std::thread([] { server_->listen(); });
    while (!server_->running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  static void TearDownTestSuite() {
    server_->stop();
    thread_->join();
    delete thread_;
    delete server_;
    knowledge_.reset();
    fs::remove_all(dir_);
  }

  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(30, 0);
    return c;
  }

  // GET with parameters (encoded by the client); the JSON body, after checking the status.
  json get(const std::string& path, const httplib::Params& params = {}, int status = 200) {
    auto c = client();
    auto res = c.Get(path, params, httplib::Headers{}, httplib::Progress{});
    EXPECT_TRUE(res) << path;
    if (!res) return {};
    EXPECT_EQ(res->status, status) << path << " " << res->body.substr(0, 300);
    EXPECT_NE(res->get_header_value("Content-Type").find("application/json"), std::string::npos) << path;
    json j = json::parse(res->body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << path << ": not JSON: " << res->body.substr(0, 200);
    if (status >= 400 && !j.is_discarded()) {
      EXPECT_EQ(j.value("status", 0), status) << path;
      EXPECT_TRUE(j.contains("error")) << path;
    }
    return j;
  }

  httplib::Result post(const std::string& body, const std::string& token) {
    auto c = client();
    httplib::Headers headers;
    if (!token.empty()) headers.emplace("Authorization", "Bearer " + token);
    return c.Post("/api/documents", headers, body, "application/json");
  }

  static inline fs::path dir_;
  static inline std::string db_;
  static inline std::shared_ptr<const Knowledge> knowledge_;
  static inline Server* server_ = nullptr;
  static inline std::thread* thread_ = nullptr;
  static inline int port_ = 0;
};

// The seed documents whose text holds a form of the word (its key inside a word's key).
std::set<std::string> documents_with(const std::string& word) {
  std::u32string k = key(utf8::decode(word));
  std::set<std::string> ids;
  for (const auto& d : seed_documents())
    if (key(utf8::decode(d.text)).find(k) != std::u32string::npos) ids.insert(d.id);
  return ids;
}

TEST_F(ServerTest, StatsCountTheSeedDocuments) {
  json s = get("/api/stats");
  EXPECT_EQ(s["documents"], seed_documents().size());
  EXPECT_GT(s["mentions"].get<int>(), 0);
  EXPECT_GT(s["events"].get<int>(), 0);
  EXPECT_TRUE(s["events_by_root"].is_object());
}

TEST_F(ServerTest, SearchFindsLavrovWithHighlightsOnTheWord) {
  const std::string word = "لافروف";
  json r = get("/api/search", {{"q", word}});
  EXPECT_EQ(r["query"], word);
  std::set<std::string> expected = documents_with(word), found;
  ASSERT_FALSE(expected.empty());
  const std::u32string word_key = key(utf8::decode(word));
  for (const auto& result : r["results"]) {
    found.insert(result["doc"]);
    std::string snippet = result["snippet"];
    ASSERT_FALSE(result["highlights"].empty()) << snippet;
    for (const auto& h : result["highlights"]) {
      std::u32string hit = slice(snippet, h["start"], h["end"]);
      EXPECT_NE(key(hit).find(word_key), std::u32string::npos) << utf8::encode(hit);
    }
    // The snippet is the document's original text from snippet_start on ("… " and line breaks aside).
    json doc = get("/api/documents/" + result["doc"].get<std::string>());
    std::u32string text = utf8::decode(doc["text"].get<std::string>());
    std::u32string s = utf8::decode(snippet);
    if (s.rfind(U"… ", 0) == 0) s.erase(0, 2);
    std::u32string from = text.substr(result["snippet_start"].get<uint32_t>(), 12);
    for (char32_t& c : from)
      if (c == U'\n' || c == U'\r') c = U' ';
    EXPECT_EQ(utf8::encode(s.substr(0, 12)), utf8::encode(from));
  }
  EXPECT_EQ(found, expected);
  // Filters narrow: a date range after every seed finds nothing.
  EXPECT_TRUE(get("/api/search", {{"q", word}, {"from", "2100-01-01"}})["results"].empty());
  EXPECT_LE(get("/api/search", {{"q", word}, {"limit", "1"}})["results"].size(), 1u);
}

TEST_F(ServerTest, DocumentSpansSliceTheOriginalText) {
  for (const auto& seed : seed_documents()) {
    json d = get("/api/documents/" + seed.id);
    ASSERT_EQ(d["id"], seed.id);
    EXPECT_EQ(d["text"], seed.text);  // the original, not the repaired text
    ASSERT_FALSE(d["mentions"].empty()) << seed.id;
    for (const auto& m : d["mentions"]) {
      std::u32string surface = slice(seed.text, m["start"], m["end"]);
      EXPECT_FALSE(surface.empty());
      // A mention starts and ends on a letter: the span is the name, not the space around it.
      EXPECT_FALSE(std::iswspace(static_cast<wint_t>(surface.front())) || std::iswspace(static_cast<wint_t>(surface.back())))
          << utf8::encode(surface);
      std::string actor = m["actor"];
      if (!actor.empty()) {
        EXPECT_TRUE(d["actors"].contains(actor)) << actor;
      }
    }
    for (const auto& e : d["events"])
      EXPECT_EQ(utf8::encode(slice(seed.text, e["start"], e["end"])), e["evidence_text"].get<std::string>());
    for (const auto& r : d["repairs"])
      EXPECT_EQ(utf8::encode(slice(seed.text, r["start"], r["end"])), r["before"].get<std::string>());
    for (const auto& s : d["sentences"]) EXPECT_LT(s["start"].get<uint32_t>(), s["end"].get<uint32_t>());
  }
  // Lavrov's name mentions slice to his name.
  size_t lavrov = 0;
  for (const auto& id : documents_with("لافروف")) {
    json d = get("/api/documents/" + id);
    for (const auto& m : d["mentions"]) {
      if (m["actor"] != "sergey_lavrov" || m["source"] == "role") continue;
      ++lavrov;
      std::u32string k = key(slice(d["text"], m["start"], m["end"]));
      EXPECT_NE(k.find(key(U"لافروف")), std::u32string::npos) << utf8::encode(k);
    }
  }
  EXPECT_GT(lavrov, 0u);
}

TEST_F(ServerTest, UnknownDocumentAndActorAre404) {
  get("/api/documents/no_such_document", {}, 404);
  get("/api/actors/no_such_actor", {}, 404);
  get("/api/actors", {{"q", "لا أحد بهذا الاسم"}}, 404);
  get("/api/nothing", {}, 404);
  get("/api/graph", {{"actor", "no_such_actor"}}, 404);
}

TEST_F(ServerTest, ActorProfileOfLavrov) {
  json p = get("/api/actors/sergey_lavrov");
  EXPECT_EQ(p["actor"]["id"], "sergey_lavrov");
  EXPECT_EQ(p["actor"]["type"], "PER");
  EXPECT_NE(p["actor"]["name_en"].get<std::string>().find("Lavrov"), std::string::npos);
  EXPECT_EQ(p["documents"].get<size_t>(), documents_with("لافروف").size());
  EXPECT_GE(p["mentions"].get<size_t>(), p["documents"].get<size_t>());
  EXPECT_LE(p["first_seen"].get<std::string>(), p["last_seen"].get<std::string>());
  EXPECT_FALSE(p["roles"].empty());
  bool leads = false;
  for (const auto& r : p["relations"]) leads |= r["subject"] == "sergey_lavrov" && r["predicate"] == "leads";
  EXPECT_TRUE(leads);
  // Looked up by name, the same actor.
  EXPECT_EQ(get("/api/actors", {{"q", "سيرغي لافروف"}})["id"], "sergey_lavrov");
}

TEST_F(ServerTest, EventFiltersCombine) {
  json all = get("/api/events", {{"limit", "1000"}})["events"];
  ASSERT_FALSE(all.empty());
  // By actor: exactly the events where it is source or target.
  std::map<std::string, size_t> by_actor;
  for (const auto& e : all)
    for (const char* side : {"source", "target"})
      if (!e[side].get<std::string>().empty()) ++by_actor[e[side]];
  ASSERT_FALSE(by_actor.empty());
  for (const auto& [actor, n] : by_actor) {
    size_t expected = 0;
    for (const auto& e : all) expected += e["source"] == actor || e["target"] == actor;
    json some = get("/api/events", {{"actor", actor}, {"limit", "1000"}})["events"];
    EXPECT_EQ(some.size(), expected) << actor;
  }
  // By CAMEO root, modality, document: every event answers the filter, and the counts add up.
  std::string root = all[0]["cameo"].get<std::string>().substr(0, 2);
  size_t with_root = 0;
  for (const auto& e : all) with_root += e["cameo"].get<std::string>().rfind(root, 0) == 0;
  json typed = get("/api/events", {{"type", root}, {"limit", "1000"}})["events"];
  EXPECT_EQ(typed.size(), with_root);
  std::string modality = all[0]["modality"];
  for (const auto& e : get("/api/events", {{"modality", modality}, {"limit", "1000"}})["events"])
    EXPECT_EQ(e["modality"], modality);
  std::string doc = all[0]["doc"];
  for (const auto& e : get("/api/events", {{"doc", doc}})["events"]) EXPECT_EQ(e["doc"], doc);
  // Paging: offset skips exactly.
  if (all.size() > 2) {
    EXPECT_EQ(get("/api/events", {{"limit", "1"}, {"offset", "1"}})["events"][0]["id"], all[1]["id"]);
  }
  // Names next to ids.
  for (const auto& e : all) {
    if (!e["source"].get<std::string>().empty()) {
      EXPECT_FALSE(e["source_name_ar"].get<std::string>().empty()) << e["source"];
    }
  }
}

TEST_F(ServerTest, GraphAroundLavrov) {
  json g1 = get("/api/graph", {{"actor", "sergey_lavrov"}});
  json g2 = get("/api/graph", {{"actor", "sergey_lavrov"}, {"depth", "2"}});
  std::set<std::string> nodes;
  for (const auto& n : g1["nodes"]) nodes.insert(n["id"]);
  ASSERT_TRUE(nodes.count("sergey_lavrov"));
  EXPECT_GT(nodes.size(), 1u);
  for (const auto& e : g1["edges"]) {
    EXPECT_TRUE(nodes.count(e["source"])) << e["source"];
    EXPECT_TRUE(nodes.count(e["target"])) << e["target"];
  }
  EXPECT_GE(g2["nodes"].size(), g1["nodes"].size());
  get("/api/graph", {{"actor", "sergey_lavrov"}, {"depth", "3"}}, 400);
  get("/api/graph", {}, 400);
}

TEST_F(ServerTest, TimelineInDateOrder) {
  json all = get("/api/timeline")["entries"];
  ASSERT_FALSE(all.empty());
  for (size_t i = 1; i < all.size(); ++i) EXPECT_LE(all[i - 1]["date"], all[i]["date"]);
  std::string source = all[0]["event"]["source"], target = all[0]["event"]["target"];
  std::string actor = source.empty() ? target : source;
  if (actor.empty()) GTEST_SKIP() << "first event has no actor";
  json mine = get("/api/timeline", {{"actor", actor}})["entries"];
  ASSERT_FALSE(mine.empty());
  for (const auto& t : mine)
    EXPECT_TRUE(t["event"]["source"] == actor || t["event"]["target"] == actor || t["event"]["location"] == actor);
}

TEST_F(ServerTest, MapIsGeoJsonOfPoints) {
  json m = get("/api/map");
  EXPECT_EQ(m["type"], "FeatureCollection");
  ASSERT_FALSE(m["features"].empty());
  for (const auto& f : m["features"]) {
    EXPECT_EQ(f["geometry"]["type"], "Point");
    double lon = f["geometry"]["coordinates"][0], lat = f["geometry"]["coordinates"][1];
    json place = get("/api/actors/" + f["properties"]["location"].get<std::string>())["actor"];
    EXPECT_DOUBLE_EQ(lon, place["lon"].get<double>());
    EXPECT_DOUBLE_EQ(lat, place["lat"].get<double>());
    EXPECT_FALSE(f["properties"]["doc"].get<std::string>().empty());
  }
  // `limit` counts located events.
  EXPECT_EQ(get("/api/map", {{"limit", "1"}})["features"].size(), 1u);
}

TEST_F(ServerTest, StaticFilesOnlyFromTheBundle) {
  auto c = client();
  auto index = c.Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_NE(index->body.find("<title>marsad"), std::string::npos);
  auto js = c.Get("/assets/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->body, "console.log('marsad')");
  EXPECT_NE(js->get_header_value("Content-Type").find("javascript"), std::string::npos);
  auto route = c.Get("/actor/sergey_lavrov");  // a client-side route: the UI
  ASSERT_TRUE(route);
  EXPECT_EQ(route->body, index->body);
  EXPECT_EQ(c.Get("/assets/missing.js")->status, 404);

  for (const std::string& target : std::vector<std::string>{"/../secret.txt", "/../../../../etc/passwd", "/%2e%2e/secret.txt", "/%2E%2E/%2E%2E/etc/passwd",
        "/assets/..%2f..%2fsecret.txt", "/assets%2f..%2f..%2fsecret.txt", "/..%5csecret.txt", "/%252e%252e/secret.txt",
        "/assets/link.txt", "/assets/../../secret.txt", "//etc/passwd", "/index.html%00.js", "/.%2e/secret.txt"}) {
    auto [status, body] = raw_request(port_, "GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_GE(status, 400) << target;
    EXPECT_LT(status, 500) << target;
    EXPECT_EQ(body.find("TOP-SECRET"), std::string::npos) << target;
    EXPECT_EQ(body.find("root:"), std::string::npos) << target;
  }
  EXPECT_EQ(get("/api/stats")["documents"], seed_documents().size());  // still serving
}

TEST_F(ServerTest, HostileBodiesAreRefused) {
  auto too_big = post(std::string(2u << 20, 'x'), kToken);
  ASSERT_TRUE(too_big);
  EXPECT_EQ(too_big->status, 413);
  EXPECT_EQ(json::parse(too_big->body)["status"], 413);

  for (const std::string& body : std::vector<std::string>{"{\"text\": ", "not json", "[1, 2", "{\"text\": \"\\ud800\"", std::string(200, '['),
                                  std::string(200, '[') + std::string(200, ']')}) {
    auto res = post(body, kToken);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400) << body.substr(0, 20);
    EXPECT_EQ(json::parse(res->body)["status"], 400);
  }
  for (const std::string& body : std::vector<std::string>{"42", "{\"title\": \"no text\"}", "[{\"text\": 7}]"}) {
    auto res = post(body, kToken);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400) << body;
  }
  auto c = client();
  auto del = c.Delete("/api/stats");
  ASSERT_TRUE(del);
  EXPECT_EQ(del->status, 405);
  auto post_elsewhere = c.Post("/api/stats", "{}", "application/json");
  ASSERT_TRUE(post_elsewhere);
  EXPECT_EQ(post_elsewhere->status, 405);
  EXPECT_EQ(json::parse(post_elsewhere->body)["status"], 405);
  get("/api/stats");
}

TEST_F(ServerTest, SqlMetacharactersInEveryParameter) {
  const std::vector<std::string> payloads = {"'", "\"", "' OR 1=1 --", "\" OR \"1\"=\"1", "1; DROP TABLE documents; --",
                                             "%", "_", "*", "NEAR(a b)", "a AND b OR NOT c", "') UNION SELECT * FROM actors --",
                                             "لافروف' OR '1'='1", "\\", "-1", "99999999999999999999"};
  const std::map<std::string, std::vector<std::string>> endpoints = {
      {"/api/stats", {"x"}},
      {"/api/search", {"q", "limit", "actor", "place", "source", "from", "to"}},
      {"/api/documents", {"limit", "offset"}},
      {"/api/documents/001_4adcd82f8367ead6", {"x"}},
      {"/api/actors", {"q"}},
      {"/api/actors/sergey_lavrov", {"x"}},
      {"/api/events", {"actor", "type", "place", "from", "to", "modality", "doc", "limit", "offset"}},
      {"/api/graph", {"actor", "depth", "limit"}},
      {"/api/timeline", {"actor", "limit"}},
      {"/api/map", {"actor", "type", "place", "from", "to", "limit"}}};
  const json before = get("/api/stats");
  auto c = client();
  size_t requests = 0;
  for (const auto& [path, params] : endpoints)
    for (const auto& param : params)
      for (const auto& payload : payloads) {
        httplib::Params query = {{param, payload}};
        if (path == "/api/search" && param != "q") query.emplace("q", "لافروف");
        if (path == "/api/graph" && param != "actor") query.emplace("actor", "sergey_lavrov");
        auto res = c.Get(path, query, httplib::Headers{}, httplib::Progress{});
        ++requests;
        ASSERT_TRUE(res) << path << " " << param << "=" << payload;
        EXPECT_GE(res->status, 200) << path << " " << param << "=" << payload;
        EXPECT_LT(res->status, 500) << path << " " << param << "=" << payload << ": " << res->body.substr(0, 200);
        EXPECT_FALSE(json::parse(res->body, nullptr, false).is_discarded()) << path << " " << param;
      }
  // And injected into the path itself.
  for (const auto& payload : payloads) {
    get("/api/documents/" + httplib::detail::encode_query_param(payload), {}, 404);
    get("/api/actors/" + httplib::detail::encode_query_param(payload), {}, 404);
  }
  size_t parameters = 0;
  for (const auto& [path, params] : endpoints) parameters += params.size();
  EXPECT_EQ(requests, parameters * payloads.size());
  EXPECT_EQ(get("/api/stats"), before);  // nothing dropped or added, still serving
  EXPECT_EQ(get("/api/events", {{"limit", "0"}}, 400)["status"], 400);
  EXPECT_EQ(get("/api/search", {{"q", ""}}, 400)["status"], 400);
  EXPECT_EQ(get("/api/search", {{"q", std::string(3000, 'a')}}, 400)["status"], 400);
  EXPECT_EQ(get("/api/search", {{"q", "\xff\xfe"}}, 400)["status"], 400);
}

TEST_F(ServerTest, PostNeedsTheToken) {
  const std::string doc = R"({"id": "token_test", "text": "التقى وزير الخارجية الروسي سيرغي لافروف نظيره."})";
  auto none = post(doc, "");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->status, 401);
  auto wrong = post(doc, "not-the-token");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 401);
  EXPECT_EQ(json::parse(wrong->body)["status"], 401);
  get("/api/documents/token_test", {}, 404);

  // A server started without a token refuses every POST.
  ServeSettings settings;
  settings.db = db_;
  settings.port = 0;
  Server closed(settings, knowledge_);
  int port = closed.bind();
  ASSERT_GT(port, 0);
  std::thread t([&] { closed.listen(); });
  while (!closed.running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  httplib::Client c("127.0.0.1", port);
  auto refused = c.Post("/api/documents", {{"Authorization", "Bearer " + kToken}}, doc, "application/json");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 403);
  EXPECT_EQ(c.Get("/api/stats")->status, 200);
  closed.stop();
  t.join();
}

TEST_F(ServerTest, PostedDocumentBecomesSearchableWhileReadersRead) {
  // Readers keep reading while the POST writes.
  std::atomic<bool> done{false};
  std::atomic<int> reads{0}, failures{0};
  std::thread reader([&] {
    auto c = client();
    while (!done) {
      auto res = c.Get("/api/search?q=%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9");  // الحكومة
      if (!res || res->status != 200) ++failures;
      ++reads;
    }
  });
  const std::string word = "كوالالمبور";
  json batch = json::array({{{"id", "posted_1"}, {"title", "زيارة"}, {"date", "2024-03-01"}, {"source", "test"},
                             {"text", "وصل وفد حكومي إلى " + word + " صباح اليوم لبحث التعاون التجاري."}},
                            {{"id", "posted_2"}, {"text", "  "}}});
  auto res = post(batch.dump(), kToken);
  done = true;
  reader.join();
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  json answer = json::parse(res->body);
  EXPECT_EQ(answer["ingested"], json::array({"posted_1"}));
  ASSERT_EQ(answer["errors"].size(), 1u);
  EXPECT_EQ(answer["errors"][0]["index"], 1);
  EXPECT_GT(reads.load(), 0);
  EXPECT_EQ(failures.load(), 0);

  json found = get("/api/search", {{"q", word}});
  ASSERT_EQ(found["results"].size(), 1u);
  EXPECT_EQ(found["results"][0]["doc"], "posted_1");
  json d = get("/api/documents/posted_1");
  EXPECT_EQ(d["date"], "2024-03-01");
  EXPECT_EQ(d["source"], "test");
  // The same id again is skipped, not duplicated.
  json again = json::parse(post(batch[0].dump(), kToken)->body);
  EXPECT_EQ(again["skipped"], json::array({"posted_1"}));
  EXPECT_EQ(get("/api/stats")["documents"], seed_documents().size() + 1);
}

TEST(ServerStart, MissingDatabaseWithoutTokenIsAnError) {
  ServeSettings settings;
  settings.db = (fs::temp_directory_path() / "marsad_no_such_database.db").string();
  EXPECT_THROW(Server s(settings), std::runtime_error);
}

}  // namespace
}  // namespace marsad::server

#include "search/fts_index.h"

#include <cstring>
#include <string>

#include "search/terms.h"
#include "text/analyzer.h"

namespace marsad::search {
namespace {

// The index sees a title as kTitleMark + title (the view doc_search_content adds it): a
// tokenizer is not told which column it reads, and a title is indexed with its exact forms,
// a body with stems only (terms.h).
constexpr char kTitleMark = '\x01';
std::string marked_title(const std::string& title) { return kTitleMark + title; }

// Terms a pipeline worker computed, valid while the writer inserts that row.
struct Precomputed {
  std::string_view text;
  const std::vector<store::IndexTerm>* terms = nullptr;
};
thread_local Precomputed tl_precomputed[2];

// Shared by every tokenizer instance of a connection (xCreate gets it as its context).
struct TokenizerContext {
  std::shared_ptr<const Lexicon> lexicon;
  std::unique_ptr<TextAnalyzer> analyzer;
  TextAnalyzer& get_analyzer() {
    if (!analyzer) {
      if (!lexicon) lexicon = Lexicon::load();
      analyzer = std::make_unique<TextAnalyzer>(lexicon);
    }
    return *analyzer;
  }
};

struct Tokenizer {
  TokenizerContext* context;
};

int emit(void* ctx, int (*token)(void*, int, const char*, int, int, int), const std::vector<store::IndexTerm>& terms) {
  for (const auto& t : terms) {
    int rc = token(ctx, t.colocated ? FTS5_TOKEN_COLOCATED : 0, t.term.data(), static_cast<int>(t.term.size()),
                   static_cast<int>(t.start), static_cast<int>(t.end));
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}

int x_create(void* context, const char**, int, Fts5Tokenizer** out) {
  *out = reinterpret_cast<Fts5Tokenizer*>(new Tokenizer{static_cast<TokenizerContext*>(context)});
  return SQLITE_OK;
}

void x_delete(Fts5Tokenizer* t) { delete reinterpret_cast<Tokenizer*>(t); }

int x_tokenize(Fts5Tokenizer* self, void* ctx, int flags, const char* text, int size,
               int (*token)(void*, int, const char*, int, int, int)) {
  std::string_view input(text ? text : "", static_cast<size_t>(size));
  if ((flags & FTS5_TOKENIZE_QUERY) && !(flags & FTS5_TOKENIZE_DOCUMENT)) {
    size_t i = 0;
    while (i < input.size()) {
      while (i < input.size() && input[i] == ' ') ++i;
      size_t j = input.find(' ', i);
      if (j == std::string_view::npos) j = input.size();
      if (j > i) {
        int rc = token(ctx, 0, input.data() + i, static_cast<int>(j - i), static_cast<int>(i), static_cast<int>(j));
        if (rc != SQLITE_OK) return rc;
      }
      i = j;
    }
    return SQLITE_OK;
  }
  for (const Precomputed& p : tl_precomputed)
    if (p.terms && p.text.size() == input.size() && std::memcmp(p.text.data(), input.data(), input.size()) == 0)
      return emit(ctx, token, *p.terms);
  try {
    bool title = !input.empty() && input[0] == kTitleMark;
    Document doc;
    doc.text.assign(title ? input.substr(1) : input);
    Analyzed analyzed = reinterpret_cast<Tokenizer*>(self)->context->get_analyzer().analyze(doc);
    std::vector<store::IndexTerm> terms = index_terms(analyzed, title ? Field::kTitle : Field::kBody);
    if (title)
      for (auto& t : terms) ++t.start, ++t.end;  // offsets into the marked value
    return emit(ctx, token, terms);
  } catch (const std::exception&) {
    return SQLITE_ERROR;
  }
}

fts5_api* fts5_of(store::Database& db) {
  fts5_api* api = nullptr;
  auto q = db.prepare("SELECT fts5(?1)");
  sqlite3_bind_pointer(q.get(), 1, &api, "fts5_api_ptr", nullptr);
  q.step();
  if (!api) throw store::StoreError("this SQLite has no FTS5");
  return api;
}

}  // namespace

void register_fts(store::Database& db, std::shared_ptr<const Lexicon> lexicon) {
  fts5_api* api = fts5_of(db);
  auto* context = new TokenizerContext{std::move(lexicon), nullptr};
  fts5_tokenizer tokenizer{x_create, x_delete, x_tokenize};
  if (api->xCreateTokenizer(api, "marsad", context, &tokenizer,
                            [](void* p) { delete static_cast<TokenizerContext*>(p); }) != SQLITE_OK)
    throw store::StoreError("cannot register the marsad tokenizer");
}

bool ensure_index(store::Database& db, const std::string& analysis) {
  // An index of an older marsad (content='documents': exact forms of bodies too) is made anew.
  bool current = db.scalar("SELECT count(*) FROM sqlite_master WHERE name='doc_search' AND sql LIKE "
                           "'%doc_search_content%'");
  std::string built_by;
  {
    auto q = db.prepare("SELECT value FROM meta WHERE key='index_analysis'");
    if (q.step()) built_by = q.text(0);
  }
  if (current && built_by == analysis) return false;

  store::Transaction tx(db);
  if (!current)
    db.exec("DROP TABLE IF EXISTS doc_search_vocab; DROP TABLE IF EXISTS doc_search; "
            "DROP VIEW IF EXISTS doc_search_content;"
            "CREATE VIEW doc_search_content AS SELECT num, char(1) || title AS title, text FROM documents;"
            "CREATE VIRTUAL TABLE doc_search USING fts5(title, text, content='doc_search_content', "
            "content_rowid='num', tokenize='marsad');"
            "CREATE VIRTUAL TABLE doc_search_vocab USING fts5vocab(doc_search, 'row');"
            // Merge 8 segments at a time instead of 4: fewer rewrites of the posting lists while
            // a corpus is ingested (a 30k-article ingest spent a fifth of the writer in merges).
            "INSERT INTO doc_search(doc_search, rank) VALUES('automerge', 8);");
  // Made by another analysis (or by one that did not record itself): its terms are not the
  // ones a delete would compute now, so every document is indexed again.
  bool rebuild = db.scalar("SELECT count(*) FROM documents") > 0;
  if (rebuild) db.exec("INSERT INTO doc_search(doc_search) VALUES('rebuild')");
  auto record = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES('index_analysis', ?)");
  record.bind(1, analysis).run();
  tx.commit();
  return rebuild;
}

FullTextIndex::FullTextIndex(store::Database& db)
    : insert_(db.prepare("INSERT INTO doc_search(rowid, title, text) VALUES(?,?,?)")),
      old_(db.prepare("SELECT title, text FROM doc_search_content WHERE num=?")),
      delete_(db.prepare("INSERT INTO doc_search(doc_search, rowid, title, text) VALUES('delete',?,?,?)")) {}

void FullTextIndex::add(store::Database&, int64_t num, const store::Record& r) {
  const Document& d = r.extraction.document;
  std::string title = marked_title(d.title);
  std::vector<store::IndexTerm> title_terms = r.title_terms;
  for (auto& t : title_terms) ++t.start, ++t.end;  // offsets into the marked value
  tl_precomputed[0] = {title, &title_terms};
  tl_precomputed[1] = {d.text, &r.body_terms};
  try {
    insert_.bind(1, num).bind(2, title).bind(3, d.text).run();
  } catch (...) {
    tl_precomputed[0] = tl_precomputed[1] = {};
    throw;
  }
  tl_precomputed[0] = tl_precomputed[1] = {};
}

void FullTextIndex::remove(store::Database&, int64_t num) {
  old_.bind(1, num);
  if (!old_.step()) {
    old_.reset();
    return;
  }
  std::string title = old_.text(0), text = old_.text(1);
  old_.reset();
  delete_.bind(1, num).bind(2, title).bind(3, text).run();
}

}  // namespace marsad::search

// The full-text index: an FTS5 table over documents (title, text) with marsad's Arabic
// tokenizer, registered on the connection through fts5_api (`SELECT fts5(?1)` with
// sqlite3_bind_pointer). The table is external-content: it stores terms and positions only,
// the text stays in documents. Its content is the view doc_search_content, which marks each
// title with a leading \x01: the tokenizer indexes a title with exact forms and a body with
// stems only (terms.h), and FTS5 does not tell a tokenizer which column it reads.
//
// The tokenizer, named "marsad":
//   document mode  runs the text analyzer (terms.h) — unless the writer handed it the terms
//                  a pipeline worker already computed for exactly this text (ingest: the
//                  writer thread then only copies)
//   query mode     the query is already analyzed (search.h builds the FTS5 expression from
//                  terms): each space-separated piece is a term, emitted as is
// Snippets and highlights do not ask FTS5 for positions: search.cpp finds the hits again in
// the stored tokens of the few documents it shows.
#pragma once

#include <memory>
#include <string>

#include "store/writer.h"
#include "text/lexicon.h"

namespace marsad::search {

// Registers the tokenizer on `db`. The lexicon is loaded on first need
// (document-mode tokenizing without precomputed terms: deletes, rebuilds).
void register_fts(store::Database& db, std::shared_ptr<const Lexicon> lexicon = nullptr);

// Creates the FTS table when missing or made by an older marsad, and indexes every stored
// document again when the index was built by another text analysis than `analysis`
// (analysis_fingerprint.h), recording `analysis` in meta. Call after register_fts. Returns
// true when stored documents were (re)indexed ('rebuild').
bool ensure_index(store::Database& db, const std::string& analysis);

class FullTextIndex : public store::TextIndex {
 public:
  explicit FullTextIndex(store::Database& db);
  void add(store::Database& db, int64_t num, const store::Record& record) override;
  void remove(store::Database& db, int64_t num) override;

 private:
  store::Statement insert_, old_, delete_;
};

}  // namespace marsad::search

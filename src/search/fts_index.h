// The full-text index: an FTS5 table over documents (title, text) with marsad's Arabic
// tokenizer, registered on the connection through fts5_api (`SELECT fts5(?1)` with
// sqlite3_bind_pointer). The table is external-content: it stores terms and positions only,
// the text stays in documents.
//
// The tokenizer, named "marsad":
//   document mode  runs the text analyzer (terms.h) — unless the writer handed it the terms
//                  a pipeline worker already computed for exactly this text (ingest: the
//                  writer thread then only copies)
//   query mode     the query is already analyzed (search.h builds the FTS5 expression from
//                  terms): each space-separated piece is a term, emitted as is
// An auxiliary function marsad_hits(doc_search) returns the matched positions of a row as
// "column:position" pairs, so snippets map hits to stored token spans without re-analysis.
#pragma once

#include <memory>

#include "store/writer.h"
#include "text/lexicon.h"

namespace marsad::search {

// Registers the tokenizer and marsad_hits on `db`. The lexicon is loaded on first need
// (document-mode tokenizing without precomputed terms: deletes, rebuilds).
void register_fts(store::Database& db, std::shared_ptr<const Lexicon> lexicon = nullptr);

// Creates the FTS table when missing (after register_fts). Returns true when it was created
// on a database that already held documents, which are then indexed ('rebuild').
bool ensure_index(store::Database& db);

class FullTextIndex : public store::TextIndex {
 public:
  explicit FullTextIndex(store::Database& db);
  void add(store::Database& db, int64_t num, const store::Record& record) override;
  void remove(store::Database& db, int64_t num) override;

 private:
  store::Statement insert_, old_, delete_;
};

}  // namespace marsad::search

// Arabic full-text search over the knowledge base: the query goes through the same analysis
// as the documents (terms.h), BM25 ranks (title weighted above body), documents with the exact
// form of a query word rank above those with another form of its stem, and every result comes
// with a snippet of the ORIGINAL text (harakat and all) and the highlighted words in it.
//
//   search::Searcher searcher(db);             // db: store::Database with register_fts()
//   auto results = searcher.search("المعارضة السورية في أستانة", {.limit = 10});
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/span.h"
#include "store/sqlite.h"
#include "text/lexicon.h"

namespace marsad::search {

struct SearchOptions {
  size_t limit = 10;
  std::string actor;   // documents that refer to this actor id
  std::string place;   // … that mention this place or have an event there
  std::string source;  // publisher
  std::string from, to;  // publication date range, inclusive
};

struct SearchResult {
  std::string doc;        // document id
  std::string title, source, date;
  double score = 0;       // higher is better (−BM25)
  std::string snippet;    // original text around the best cluster of hits, "…" where cut
  uint32_t snippet_start = 0;       // code point of the document where the snippet begins
  std::vector<Span> highlights;     // code points of the snippet (not of the document)
};

struct SearchResults {
  std::string query;
  std::vector<std::string> terms;  // the terms searched (after analysis and pruning)
  std::vector<SearchResult> results;
};

class Searcher {
 public:
  // Registers the tokenizer on `db` if needed; loads the lexicon when not given.
  explicit Searcher(store::Database& db, std::shared_ptr<const Lexicon> lexicon = nullptr);
  ~Searcher();
  SearchResults search(const std::string& query, const SearchOptions& options = {});

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace marsad::search

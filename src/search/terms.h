// The terms marsad indexes and searches: its own analysis (repair, normalization, clitics,
// stems), not FTS5's. Each word gives two terms at one position:
//   the stem key   وللفصائل → فصايل      (clitics off, letters folded: the recall term)
//   the exact key  وللفصائل → =وللفصايل  (the whole folded word: the precision term)
// A query asks for (stem OR exact) per word, so BM25 ranks documents with the exact form
// above those with another form of the stem. Numbers and Latin words give their key alone.
// Offsets are BYTES of the original UTF-8 text, as FTS5 wants, so snippets and highlights
// land on the text as written (harakat and all).
#pragma once

#include <string>
#include <vector>

#include "store/record.h"
#include "text/analyzed.h"

namespace marsad::search {

std::vector<store::IndexTerm> index_terms(const Analyzed& analyzed);

// One word of a query: its stem term and its exact term (empty for numbers and Latin).
struct QueryWord {
  std::string surface;  // as typed
  std::string stem;     // empty when the word is searched by its exact form only
  std::string exact;    // "=key"; empty for numbers and other non-words
  // The term that finds every document with the word.
  const std::string& finder() const { return stem.empty() ? exact : stem; }
};
std::vector<QueryWord> query_words(const Analyzed& analyzed);

}  // namespace marsad::search

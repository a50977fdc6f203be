// The terms marsad indexes and searches: its own analysis (repair, normalization, clitics,
// stems), not FTS5's. Every word gives its stem key; a word of a TITLE also gives its exact
// key at the same position:
//   the stem key   وللفصائل → فصايل      (clitics off, letters folded: the recall term)
//   the exact key  وللفصائل → =وللفصايل  (the whole folded word: the precision term)
// A query asks for (stem OR exact) per word, so BM25 ranks a title with the exact form above
// one with another form of the stem. Bodies keep stems only: their exact forms doubled the
// terms FTS5 writes (a third of the writer's time) and did not help the ranking (known-item
// MRR on SaudiNewsNet 0.9641 without them, 0.9633 with them; both without title exact forms
// fell to 0.9550). A word whose stem is one letter (ولي = و + ل + ي) is searched by its exact
// form, so it gives that form in bodies too. Numbers and Latin words give their key alone.
// Offsets are BYTES of the original UTF-8 text, as FTS5 wants, so snippets and highlights
// land on the text as written (harakat and all).
#pragma once

#include <string>
#include <vector>

#include "store/record.h"
#include "text/analyzed.h"

namespace marsad::search {

enum class Field { kTitle, kBody };
std::vector<store::IndexTerm> index_terms(const Analyzed& analyzed, Field field);

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

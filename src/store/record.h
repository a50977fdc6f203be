// What a pipeline worker hands to the writer for one document: the extraction, the text layer
// packed for storage, and the full-text index terms. Built on the worker threads so that the
// single writer thread only copies bytes into SQLite.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/extraction.h"
#include "text/analyzed.h"

namespace marsad::store {

// One term of the full-text index, as the FTS5 tokenizer emits it: the term and the BYTE
// range of the original UTF-8 text it covers. `colocated`: at the same position as the term
// before (the exact form next to the stem).
struct IndexTerm {
  std::string term;
  uint32_t start = 0, end = 0;
  bool colocated = false;
};

struct Record {
  Extraction extraction;
  std::string sentences;  // packed (text_layer.h)
  std::string tokens;     // packed
  std::vector<Repair> repairs;
  uint32_t length = 0;    // code points of the original text
  uint32_t words = 0;
  std::vector<IndexTerm> title_terms, body_terms;
};

// A record of the extraction and the text layer it was made from (the index terms are left to
// the caller: search/terms.h makes them).
Record make_record(Extraction extraction, const Analyzed& analyzed);

}  // namespace marsad::store

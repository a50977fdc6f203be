// Writing documents together with their full-text index: what `marsad ingest` and the HTTP
// server's POST /api/documents share, so both store exactly the same thing.
//
//   store::Database db("marsad.db");
//   search::open_for_writing(db, knowledge->data().lexicon);   // schema, tokenizer, FTS table
//   Analyzed analyzed;
//   Extraction x = pipeline.extract(doc, analyzed);
//   store::Record r = search::indexed_record(std::move(x), analyzed, titles);
#pragma once

#include <memory>

#include "core/extraction.h"
#include "store/record.h"
#include "store/sqlite.h"
#include "text/analyzed.h"
#include "text/analyzer.h"
#include "text/lexicon.h"

namespace marsad::search {

// Migrates the schema, registers the tokenizer and creates the full-text table when missing.
// Returns true when the stored documents were indexed again (the index was missing, older, or
// made by another text analysis: ensure_index).
bool open_for_writing(store::Database& db, std::shared_ptr<const Lexicon> lexicon);

// The record of one document (the extraction and its text layer) with the index terms of its
// body and title. `analyzed` is the pipeline's analysis of the document's text; `titles`
// analyzes the title (one per thread: analyzers keep word memos).
store::Record indexed_record(Extraction extraction, const Analyzed& analyzed, TextAnalyzer& titles);

}  // namespace marsad::search

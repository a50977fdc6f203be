// The write side of the server: POST /api/documents. Documents go through the same pipeline,
// record building and store writer as `marsad ingest` (search/indexed_writing.h), one
// request at a time on one read-write connection; each request is one transaction, so
// readers see all of its documents or none.
#pragma once

#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "entities/linker.h"
#include "pipeline/pipeline.h"
#include "search/fts_index.h"
#include "store/sqlite.h"
#include "store/writer.h"
#include "text/analyzer.h"

namespace marsad::server {

struct IntakeResult {
  std::vector<std::string> ingested, skipped;  // skipped: the id was already stored
  struct Failure {
    size_t index;
    std::string error;
  };
  std::vector<Failure> errors;
};

class DocumentIntake {
 public:
  // Opens (creating if needed) the database for writing and loads data/ into it.
  DocumentIntake(const std::string& path, std::shared_ptr<const Knowledge> knowledge);
  ~DocumentIntake();

  // `body`: one document {id?, title?, text, date?, source?, url?, author?} or an array of them.
  // Throws ApiError 400 when the body is neither.
  IntakeResult ingest(const nlohmann::json& body);

 private:
  std::mutex mutex_;
  std::shared_ptr<const Knowledge> knowledge_;
  store::Database db_;
  search::FullTextIndex index_;
  store::Writer writer_;
  Pipeline pipeline_;
  TextAnalyzer titles_;
  CrossDocumentNames names_;
};

}  // namespace marsad::server

#include "server/document_intake.h"

#include "core/input_error.h"
#include "ingest/jsonl_reader.h"
#include "pipeline/knowledge_data.h"
#include "search/indexed_writing.h"
#include "server/api_error.h"

namespace marsad::server {
namespace {

// The schema and index must exist before FullTextIndex prepares its statements on them.
store::Database& opened(store::Database& db, const Knowledge& knowledge) {
  search::open_for_writing(db, knowledge.data().lexicon);
  return db;
}

}  // namespace

DocumentIntake::DocumentIntake(const std::string& path, std::shared_ptr<const Knowledge> knowledge)
    : knowledge_(std::move(knowledge)),
      db_(path),
      index_(opened(db_, *knowledge_)),
      writer_(db_, &index_),
      pipeline_(knowledge_),
      titles_(knowledge_->data().lexicon) {
  writer_.load_knowledge();
}

DocumentIntake::~DocumentIntake() = default;

IntakeResult DocumentIntake::ingest(const nlohmann::json& body) {
  if (!body.is_object() && !body.is_array()) throw ApiError(400, "the body must be a document or an array of documents");
  std::vector<const nlohmann::json*> items;
  if (body.is_object()) items.push_back(&body);
  else
    for (const auto& item : body) items.push_back(&item);

  IntakeResult result;
  std::vector<store::Record> records;
  std::vector<size_t> positions;
  std::lock_guard lock(mutex_);  // one pipeline, one writer: requests take turns
  for (size_t i = 0; i < items.size(); ++i) {
    try {
      std::string warning;
      Document doc = ingest::json_document(*items[i], "document " + std::to_string(i), warning);
      Analyzed analyzed;
      Extraction x = pipeline_.extract(doc, analyzed);
      records.push_back(search::indexed_record(std::move(x), analyzed, titles_));
      positions.push_back(i);
    } catch (const std::exception& e) {
      result.errors.push_back({i, e.what()});
    }
  }
  if (records.empty()) return result;
  writer_.begin();
  try {
    for (auto& r : records) {
      names_.unify(r.extraction);
      auto outcome = writer_.write(r, false);
      (outcome == store::Writer::Outcome::kSkipped ? result.skipped : result.ingested).push_back(r.extraction.document.id);
    }
    writer_.commit();
  } catch (...) {
    // Leave no transaction open: the next request starts clean.
    writer_.rollback();
    throw;
  }
  return result;
}

}  // namespace marsad::server

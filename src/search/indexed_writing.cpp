#include "search/indexed_writing.h"

#include "search/analysis_fingerprint.h"
#include "search/fts_index.h"
#include "search/terms.h"
#include "store/schema.h"
#include "store/text_layer.h"

namespace marsad::search {

bool open_for_writing(store::Database& db, std::shared_ptr<const Lexicon> lexicon) {
  store::migrate(db);
  if (!lexicon) lexicon = Lexicon::load();
  register_fts(db, lexicon);
  return ensure_index(db, analysis_fingerprint(lexicon));
}

store::Record indexed_record(Extraction extraction, const Analyzed& analyzed, TextAnalyzer& titles) {
  Document title;
  title.text = extraction.document.title;
  store::Record r = store::make_record(std::move(extraction), analyzed);
  r.body_terms = index_terms(analyzed, Field::kBody);
  if (!title.text.empty()) r.title_terms = index_terms(titles.analyze(title), Field::kTitle);
  return r;
}

}  // namespace marsad::search

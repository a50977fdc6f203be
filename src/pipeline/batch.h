// Runs the pipeline over many documents on all cores: one Pipeline per worker thread over
// one shared Knowledge, the results handed on in input order (so output, and the
// cross-document name unification done on the way out, do not depend on timing).
//
//   run_pipeline(knowledge, [&](auto& emit) { ingest::read_inputs(paths, {}, emit, on_error); },
//                0, [](Extraction&& x) { print(x); });
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "core/document.h"
#include "core/extraction.h"
#include "pipeline/pipeline.h"

namespace marsad {

struct BatchOptions {
  unsigned threads = 0;  // 0: std::thread::hardware_concurrency()
  NameSources sources = NameSources::kGazetteerAndTagger;
  bool unify_names = true;  // cross-document coreference of unknown names (CrossDocumentNames)
  // A document the pipeline failed on (an exception: a bug or an input it cannot handle) is
  // reported here and left out; the batch goes on. Called on one thread at a time.
  std::function<void(const Document&, const std::string& reason)> on_failure;
};

// `read` is called once on the calling thread and hands every document to the function it
// is given. `on_result` is called on one thread at a time, in the order documents were read.
void run_pipeline(std::shared_ptr<const Knowledge> knowledge,
                  const std::function<void(const std::function<void(Document&&)>&)>& read, const BatchOptions& options,
                  const std::function<void(Extraction&&)>& on_result);

}  // namespace marsad

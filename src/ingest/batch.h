// Where every reader hands its results: documents, failures and warnings, counted. One bad
// file or record is a failure of that input alone; the batch goes on.
#pragma once

#include <functional>
#include <string>
#include <utility>

#include "core/document.h"
#include "core/input_error.h"
#include "ingest/reader.h"

namespace marsad::ingest {

class Batch {
 public:
  Batch(const ReadOptions& options, std::string default_date,
        const std::function<void(Document&&)>& on_document,
        const std::function<void(const InputError&)>& on_error)
      : options_(options), default_date_(std::move(default_date)), on_document_(on_document), on_error_(on_error) {}

  void add(Document&& doc) {
    if (doc.date.empty()) doc.date = default_date_;
    ++summary_.documents;
    on_document_(std::move(doc));
  }

  void fail(const InputError& error) {
    ++summary_.failures;
    if (on_error_) on_error_(error);
  }

  void warn(const std::string& origin, const std::string& reason) {
    ++summary_.warnings;
    if (options_.on_warning) options_.on_warning(InputError(origin, reason));
  }

  const ReadSummary& summary() const { return summary_; }

 private:
  const ReadOptions& options_;
  std::string default_date_;
  const std::function<void(Document&&)>& on_document_;
  const std::function<void(const InputError&)>& on_error_;
  ReadSummary summary_;
};

}  // namespace marsad::ingest

// Reads documents from the paths a user names: plain text files, folders (recursive),
// JSON Lines (one record per line: id, title, text|content, date|date_extracted, source,
// url, author), HTML pages, and "-" for standard input.
//
//   path          what it gives
//   folder/       its .txt, .jsonl, .html and .htm files, recursively, in sorted order
//                 (hidden files and anything else, such as .meta.json, are skipped)
//   a.jsonl       one document per non-empty line; origin "a.jsonl:LINE"
//   a.html        the article text of the page, its title and date
//   a.txt (or any other file)
//                 one document, id "a"; a sibling a.meta.json adds title, date, source, url, author
//   -             standard input: JSON Lines if it starts with '{', else one document "stdin"
//
// Streaming: one document at a time is in memory (plus the file being read; JSON Lines are
// read line by line). A bad file or record is reported through `on_error` with its name and
// the reason, and reading goes on.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/input_error.h"

namespace marsad::ingest {

struct ReadOptions {
  std::string date;  // publication date for documents whose metadata has none (--date)
  // Optional: told about documents that were read but not cleanly, e.g. broken bytes replaced
  // with U+FFFD or a metadata date that is not a date. They still reach on_document.
  std::function<void(const InputError&)> on_warning;
};

struct ReadSummary {
  size_t documents = 0;
  size_t failures = 0;
  size_t warnings = 0;
};

ReadSummary read_inputs(const std::vector<std::string>& paths, const ReadOptions& options,
                        const std::function<void(Document&&)>& on_document,
                        const std::function<void(const InputError&)>& on_error);

}  // namespace marsad::ingest

// JSON Lines: one document per non-empty line, read line by line (a 100 MB file is never
// held whole). Fields: id (string or number; absent → a hash of the text), text or content
// (required), date or date_extracted, title, source, url, author.
#pragma once

#include <nlohmann/json.hpp>

#include <istream>
#include <string>

#include "ingest/batch.h"

namespace marsad::ingest {

// `name` is the file (or "-"); records are named name:LINE. A bad line is a failure of that
// line alone; broken bytes in a line are repaired and warned about, with byte offsets counted
// from the start of the line. `first_line` is the number of the stream's first line.
void read_jsonl(std::istream& in, const std::string& name, Batch& batch, size_t first_line = 1);

// The document of one parsed record (the fields above; also what POST /api/documents takes).
// Throws InputError naming `origin` when it is not an object or has no usable text; `warning`
// is set for a date that is not one.
Document json_document(const nlohmann::json& record, const std::string& origin, std::string& warning);

}  // namespace marsad::ingest

// Document metadata as JSON gives it: a JSON Lines record or a <name>.meta.json next to a text.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "core/document.h"

namespace marsad::ingest {

// The YYYY-MM-DD at the start of a timestamp ("2015-08-01 07:53:57" → "2015-08-01"), if it is
// a real calendar date.
std::optional<std::string> iso_date(std::string_view timestamp);

// Copies title, source, url, author and the date (from "date", else "date_extracted") of a
// JSON object into doc; fields that are absent or not strings leave doc as it is. Returns a
// warning for a date that is not one (doc.date is then left alone), else "".
std::string apply_metadata(const nlohmann::json& record, Document& doc);

// "malformed JSON: <what nlohmann says>", short: without its exception tag and text echo.
std::string json_error_reason(const nlohmann::json::exception& e);

// A stable id for a document that has none: 16 hex digits of the FNV-1a 64 hash of its text.
std::string content_id(std::string_view text);

}  // namespace marsad::ingest

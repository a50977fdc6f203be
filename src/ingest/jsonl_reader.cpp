#include "ingest/jsonl_reader.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>

#include "ingest/decode.h"
#include "ingest/metadata.h"

namespace marsad::ingest {
namespace {

struct Record {
  Document doc;
  std::string warning;  // repaired bytes or an unusable date; the record is still good
};

Record parse_record(std::string_view line, const std::string& origin) {
  // Text inside JSON is Unicode already, but its bytes can still be broken (a cut-off
  // scrape): repair them the same way as in files, or the JSON parser rejects the line.
  const Decoded utf8 = repair_utf8(line);
  nlohmann::json record;
  try {
    record = nlohmann::json::parse(utf8.text);
  } catch (const nlohmann::json::exception& e) {
    throw InputError(origin, json_error_reason(e));
  }
  Record out;
  out.doc = json_document(record, origin, out.warning);
  if (utf8.replaced) out.warning += (out.warning.empty() ? "" : "; ") + describe_issues(utf8);
  return out;
}

bool blank_line(std::string_view line) {
  return line.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

}  // namespace

Document json_document(const nlohmann::json& record, const std::string& origin, std::string& warning) {
  if (!record.is_object()) throw InputError(origin, "not a JSON object");
  Document doc;
  doc.origin = origin;
  const auto text = record.contains("text") ? record.find("text") : record.find("content");
  if (text == record.end()) throw InputError(origin, "no \"text\" or \"content\" field");
  if (!text->is_string()) throw InputError(origin, "\"" + text.key() + "\" is not a string");
  doc.text = text->get<std::string>();
  if (is_blank(doc.text)) throw InputError(origin, "empty text");

  if (const auto id = record.find("id"); id != record.end() && !id->is_null()) {
    if (id->is_string()) doc.id = id->get<std::string>();
    else if (id->is_number()) doc.id = id->dump();
    else throw InputError(origin, "\"id\" is neither a string nor a number");
  }
  if (doc.id.empty()) doc.id = content_id(doc.text);

  warning = apply_metadata(record, doc);
  return doc;
}

void read_jsonl(std::istream& in, const std::string& name, Batch& batch, size_t first_line) {
  size_t records = 0;
  std::string line;
  for (size_t number = first_line; std::getline(in, line); ++number) {
    if (number == first_line && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);  // BOM
    if (blank_line(line)) continue;
    ++records;
    const std::string origin = name + ":" + std::to_string(number);
    Record record;
    try {
      record = parse_record(line, origin);
    } catch (const InputError& e) {
      batch.fail(e);
      continue;
    }
    if (!record.warning.empty()) batch.warn(origin, record.warning);
    batch.add(std::move(record.doc));
  }
  if (in.bad()) batch.fail(InputError(name, std::string("read error: ") + std::strerror(errno)));
  else if (records == 0) batch.fail(InputError(name, "empty file"));
}

}  // namespace marsad::ingest

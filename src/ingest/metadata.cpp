#include "ingest/metadata.h"

#include <chrono>
#include <cstdint>
#include <cstdio>

namespace marsad::ingest {

std::optional<std::string> iso_date(std::string_view timestamp) {
  if (timestamp.size() < 10) return std::nullopt;
  const std::string_view date = timestamp.substr(0, 10);
  for (size_t i = 0; i < date.size(); ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? date[i] != '-' : (date[i] < '0' || date[i] > '9')) return std::nullopt;
  }
  auto number = [&](size_t at, size_t length) {
    int n = 0;
    for (char c : date.substr(at, length)) n = n * 10 + (c - '0');
    return n;
  };
  const std::chrono::year_month_day ymd{std::chrono::year{number(0, 4)},
                                        std::chrono::month{static_cast<unsigned>(number(5, 2))},
                                        std::chrono::day{static_cast<unsigned>(number(8, 2))}};
  if (!ymd.ok()) return std::nullopt;  // 2015-02-30
  return std::string(date);
}

namespace {

const std::string* string_field(const nlohmann::json& record, const char* key) {
  const auto it = record.find(key);
  return it != record.end() && it->is_string() ? it->get_ptr<const std::string*>() : nullptr;
}

}  // namespace

std::string apply_metadata(const nlohmann::json& record, Document& doc) {
  for (auto [key, field] : {std::pair{"title", &Document::title}, std::pair{"source", &Document::source},
                            std::pair{"url", &Document::url}, std::pair{"author", &Document::author}}) {
    if (const std::string* value = string_field(record, key)) doc.*field = *value;
  }
  for (const char* key : {"date", "date_extracted"}) {
    const std::string* value = string_field(record, key);
    if (!value || value->empty()) continue;
    if (auto date = iso_date(*value)) {
      doc.date = *date;
      return "";
    }
    return std::string("\"") + key + "\" is not a date (YYYY-MM-DD): \"" + *value + "\"";
  }
  return "";
}

// nlohmann's message without its "[json.exception.parse_error.101] " tag and without the
// "; last read: '…'" echo, which can be a whole article.
std::string json_error_reason(const nlohmann::json::exception& e) {
  std::string_view message = e.what();
  if (const size_t tag = message.find("] "); tag != std::string_view::npos) message.remove_prefix(tag + 2);
  message = message.substr(0, message.find("; last read"));
  return "malformed JSON: " + std::string(message);
}

std::string content_id(std::string_view text) {
  uint64_t hash = 0xcbf29ce484222325ULL;  // FNV-1a 64: offset basis and prime
  for (unsigned char byte : text) {
    hash ^= byte;
    hash *= 0x100000001b3ULL;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

}  // namespace marsad::ingest

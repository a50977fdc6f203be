#include "core/tsv.h"

#include <fstream>
#include <stdexcept>

namespace marsad {

void for_each_tsv_row(const std::string& path, size_t min_fields,
                      const std::function<void(const std::vector<std::string_view>&)>& row, bool header) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::string line;
  std::vector<std::string_view> fields;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    fields.clear();
    std::string_view rest(line);
    for (size_t tab; (tab = rest.find('\t')) != std::string_view::npos; rest.remove_prefix(tab + 1))
      fields.push_back(rest.substr(0, tab));
    fields.push_back(rest);
    if (fields.size() < min_fields)
      throw std::runtime_error(path + ":" + std::to_string(number) + ": expected " + std::to_string(min_fields) +
                               " tab-separated fields");
    try {
      row(fields);
    } catch (const std::invalid_argument&) {
      throw std::runtime_error(path + ":" + std::to_string(number) + ": malformed number");
    }
  }
}

}  // namespace marsad

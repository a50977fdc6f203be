// Reading the TSV files of data/: fields separated by tabs, '#' starts a comment line (the
// column names are written as a comment).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace marsad {

// Calls `row` for each data line of `path` with its fields. Throws std::runtime_error naming
// the file and line if the file cannot be opened or a line has fewer than `min_fields`.
// With `header`, the first non-comment line holds the column names and is skipped.
void for_each_tsv_row(const std::string& path, size_t min_fields,
                      const std::function<void(const std::vector<std::string_view>&)>& row, bool header = false);

}  // namespace marsad

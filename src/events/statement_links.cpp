#include "events/statement_links.h"

#include <algorithm>

#include "core/tsv.h"
#include "events/word_forms.h"

namespace marsad {

void StatementLinks::load(const std::string& path) {
  for_each_tsv_row(path, 1, [&](const std::vector<std::string_view>& f) {
    words_.push_back(lexicon_key(f[0]));
  }, /*header=*/true);
}

bool StatementLinks::links(const EventText& text, uint32_t i) const {
  const auto key = text.key(i);
  return std::any_of(words_.begin(), words_.end(), [&](const std::u32string& w) { return key == w; });
}

}  // namespace marsad

#include "events/digest_openers.h"

#include "core/data_dir.h"
#include "core/tsv.h"

namespace marsad {

const DigestOpeners& DigestOpeners::get() {
  static const DigestOpeners openers = [] {
    DigestOpeners o;
    o.load(data_path("events/digest_openers.tsv"));
    return o;
  }();
  return openers;
}

void DigestOpeners::load(const std::string& path) {
  for_each_tsv_row(path, 1, [&](const std::vector<std::string_view>& f) {
    Phrase p = parse_phrase(f[0]);
    if (!p.empty()) phrases_.push_back(std::move(p));
  }, /*header=*/true);
}

bool DigestOpeners::opens(const EventText& text, uint32_t s) const {
  const Sentence& sentence = text.sentence(s);
  const uint32_t first = sentence.first_token;
  if (first >= sentence.end_token || !text.is_word(first)) return false;
  for (const auto& p : phrases_)
    if (text.match_phrase(first, p, sentence.end_token) != 0) return true;
  return false;
}

}  // namespace marsad

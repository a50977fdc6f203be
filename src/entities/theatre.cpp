#include "entities/theatre.h"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "entities/gazetteer.h"

namespace marsad {

std::vector<uint32_t> parse_theatres(const Gazetteer& gazetteer, std::string_view notes) {
  constexpr std::string_view kKey = "theatre=";
  std::vector<uint32_t> out;
  size_t at = notes.find(kKey);
  if (at == std::string_view::npos) return out;
  std::string_view rest = notes.substr(at + kKey.size());
  rest = rest.substr(0, rest.find_first_of(";,"));  // the list ends the note or a clause of it
  while (!rest.empty()) {
    size_t space = rest.find(' ');
    std::string_view id = rest.substr(0, space);
    if (!id.empty()) {
      uint32_t country = gazetteer.find(id);
      if (country == Gazetteer::kNoActor) throw std::runtime_error("unknown theatre: " + std::string(id));
      out.push_back(country);
    }
    if (space == std::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  return out;
}

uint32_t StoryTheatre::sentence_of(uint32_t token) const {
  auto after = std::upper_bound(a_.sentences.begin(), a_.sentences.end(), token,
                                [](uint32_t t, const Sentence& s) { return t < s.first_token; });
  return after == a_.sentences.begin() ? 0 : uint32_t(after - a_.sentences.begin() - 1);
}

void StoryTheatre::count(uint32_t token, uint32_t country) {
  if (by_sentence_.empty()) return;
  ++by_sentence_[sentence_of(token)][country];
  ++document_[country];
}

std::optional<size_t> StoryTheatre::most_named(const Counts& counts,
                                               const std::vector<const std::vector<uint32_t>*>& options) {
  std::optional<size_t> best;
  int best_count = 0;
  for (size_t k = 0; k < options.size(); ++k) {
    int n = 0;
    for (uint32_t country : *options[k]) {
      auto it = counts.find(country);
      if (it != counts.end()) n += it->second;
    }
    if (n > best_count) best = k, best_count = n;
  }
  return best;
}

std::optional<size_t> StoryTheatre::favoured(uint32_t token,
                                             const std::vector<const std::vector<uint32_t>*>& options) const {
  if (by_sentence_.empty()) return std::nullopt;
  if (auto here = most_named(by_sentence_[sentence_of(token)], options)) return here;
  return most_named(document_, options);
}

}  // namespace marsad

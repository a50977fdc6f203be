// Where a story happens. A few names and titles mean one actor in one war and another in the
// next: قوات التحالف is the US-led coalition in Syria and Iraq and the Saudi-led one in Yemen;
// المبعوث الأممي is the UN envoy to the country the story is about. Their rows in data/aliases
// and data/roles.tsv say so in their notes (theatre=yemen), and the story decides: the countries
// its firmly named actors belong to (صنعاء، الحوثيين → Yemen), counted in the sentence of the
// name first, then in the whole document.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/analyzed.h"

namespace marsad {

class Gazetteer;

// The countries named in the notes of a gazetteer row ("theatre=syria iraq"), as actor indices;
// empty when the row names none. Throws std::runtime_error on an unknown country id.
std::vector<uint32_t> parse_theatres(const Gazetteer& gazetteer, std::string_view notes);

class StoryTheatre {
 public:
  explicit StoryTheatre(const Analyzed& a) : a_(a), by_sentence_(a.sentences.size()) {}

  // One firmly named actor of the country `country` (an actor index) at token `token`.
  void count(uint32_t token, uint32_t country);

  // Among `options` (each a list of theatres), the one the story names most: in the sentence of
  // `token`, or else in the document. nullopt when the story names none of them; ties go to the
  // earlier option.
  std::optional<size_t> favoured(uint32_t token, const std::vector<const std::vector<uint32_t>*>& options) const;

 private:
  using Counts = std::unordered_map<uint32_t, int>;  // country → actors named
  uint32_t sentence_of(uint32_t token) const;
  static std::optional<size_t> most_named(const Counts& counts, const std::vector<const std::vector<uint32_t>*>& options);

  const Analyzed& a_;
  std::vector<Counts> by_sentence_;
  Counts document_;
};

}  // namespace marsad

#include "entities/ner_eval.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace marsad {

std::vector<EntityChunk> chunks(const std::vector<Tag>& tags) {
  std::vector<EntityChunk> out;
  EntityType open = EntityType::None;
  for (size_t i = 0; i < tags.size(); ++i) {
    EntityType type = tag_type(tags[i]);
    bool continues = is_inside(tags[i]) && type == open;
    if (continues) {
      out.back().end = i + 1;
      continue;
    }
    open = type;
    if (type != EntityType::None) out.push_back({i, i + 1, type});
  }
  return out;
}

void NerScore::add(const std::vector<Tag>& gold, const std::vector<Tag>& predicted) {
  if (gold.size() != predicted.size()) throw std::invalid_argument("NerScore::add: sequences differ in length");
  tokens += gold.size();
  for (size_t i = 0; i < gold.size(); ++i) tokens_correct += gold[i] == predicted[i];

  std::vector<EntityChunk> g = chunks(gold), p = chunks(predicted);
  for (const EntityChunk& c : g) {
    ++by_type[int(c.type)].gold;
    ++micro.gold;
  }
  for (const EntityChunk& c : p) {
    ++by_type[int(c.type)].found;
    ++micro.found;
    // Both lists are sorted by start and hold no overlaps: a binary search finds the match.
    auto it = std::lower_bound(g.begin(), g.end(), c.start,
                               [](const EntityChunk& x, size_t start) { return x.start < start; });
    if (it != g.end() && *it == c) {
      ++by_type[int(c.type)].correct;
      ++micro.correct;
    }
  }
}

std::string NerScore::report() const {
  std::string out;
  char line[160];
  std::snprintf(line, sizeof line, "tokens %zu, tag accuracy %.2f%%\n", tokens,
                tokens ? 100.0 * tokens_correct / tokens : 0.0);
  out += line;
  std::snprintf(line, sizeof line, "%-6s %9s %9s %7s %7s %7s\n", "type", "precision", "recall", "F1", "gold",
                "found");
  out += line;
  auto row = [&](std::string_view name, const PrecisionRecall& s) {
    std::snprintf(line, sizeof line, "%-6.*s %9.2f %9.2f %7.2f %7zu %7zu\n", int(name.size()), name.data(),
                  s.precision(), s.recall(), s.f1(), s.gold, s.found);
    out += line;
  };
  for (int t = 1; t < kEntityTypeCount; ++t) row(type_name(EntityType(t)), by_type[t]);
  row("micro", micro);
  std::snprintf(line, sizeof line, "micro F1 %.2f\n", micro.f1());
  out += line;
  return out;
}

}  // namespace marsad

#include "entities/phrase_matcher.h"

namespace marsad {

PhraseMatcher::PhraseMatcher() : nodes_(1) {}

uint32_t PhraseMatcher::add(const std::vector<std::u32string>& words) {
  uint32_t node = kRoot;
  for (const std::u32string& w : words) {
    auto it = nodes_[node].children.find(w);
    if (it == nodes_[node].children.end()) {
      uint32_t child = uint32_t(nodes_.size());
      nodes_[node].children.emplace(w, child);  // before push_back: the reference would dangle
      nodes_.emplace_back();
      node = child;
    } else {
      node = it->second;
    }
  }
  if (nodes_[node].phrase == kNone) nodes_[node].phrase = phrase_count_++;
  return nodes_[node].phrase;
}

uint32_t PhraseMatcher::step(uint32_t node, std::u32string_view word) const {
  const auto& children = nodes_[node].children;
  auto it = children.find(word);
  return it == children.end() ? kNone : it->second;
}

}  // namespace marsad

// A trie over words: finds the known phrases (actor names, titles) that start at a token.
// Words are match keys (text/normalize.h), so أستانة and استانه are one word here.
//
//   PhraseMatcher m;  m.add({U"جبهه", U"النصره"});
//   node = m.step(PhraseMatcher::kRoot, U"جبهه");  node = m.step(node, U"النصره");
//   m.phrase(node) → the index add() returned
//
// The caller walks the trie itself: it decides which reading of each token to try (the first
// word of a name may carry clitics: بجبهة، والنصرة).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace marsad {

class PhraseMatcher {
 public:
  static constexpr uint32_t kRoot = 0;
  static constexpr uint32_t kNone = UINT32_MAX;

  PhraseMatcher();

  // Adds a phrase (its words' keys) and returns its index; adding the same words again
  // returns the same index. Indices are dense: 0, 1, 2, …
  uint32_t add(const std::vector<std::u32string>& words);

  // The node reached from `node` by `word`, or kNone.
  uint32_t step(uint32_t node, std::u32string_view word) const;
  // The phrase ending at `node`, or kNone.
  uint32_t phrase(uint32_t node) const { return nodes_[node].phrase; }
  size_t phrase_count() const { return phrase_count_; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::u32string_view s) const { return std::hash<std::u32string_view>{}(s); }
  };
  struct Node {
    std::unordered_map<std::u32string, uint32_t, Hash, std::equal_to<>> children;
    uint32_t phrase = kNone;
  };
  std::vector<Node> nodes_;
  uint32_t phrase_count_ = 0;
};

}  // namespace marsad

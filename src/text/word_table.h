// A hash table from words (code-point strings) to what we know of them, for the analyzer's
// memo: open addressing with linear probing over power-of-two slots (no division, no node
// chasing), entries in a deque so their addresses stay valid as the table grows.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace marsad {

template <typename Value>
class WordTable {
 public:
  struct Entry {
    std::u32string word;
    uint64_t hash;
    Value value;
  };

  Entry& find_or_insert(std::u32string_view word) {
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();
    const uint64_t h = hash(word);
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      uint32_t slot = slots_[i];
      if (slot == 0) {
        entries_.push_back({std::u32string(word), h, Value{}});
        slots_[i] = static_cast<uint32_t>(entries_.size());
        return entries_.back();
      }
      Entry& e = entries_[slot - 1];
      if (e.hash == h && e.word == word) return e;
    }
  }

  size_t size() const { return entries_.size(); }
  void clear() {
    entries_.clear();
    slots_.assign(slots_.size(), 0);
  }

 private:
  static uint64_t hash(std::u32string_view s) {
    uint64_t h = 1469598103934665603ull;  // FNV-1a, then a final mix for the low bits
    for (char32_t c : s) h = (h ^ c) * 1099511628211ull;
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    return h ^ (h >> 32);
  }

  void grow() {
    std::vector<uint32_t> slots(std::max<size_t>(1024, slots_.size() * 2), 0);
    const size_t mask = slots.size() - 1;
    for (uint32_t n = 1; n <= entries_.size(); ++n) {
      size_t i = entries_[n - 1].hash & mask;
      while (slots[i]) i = (i + 1) & mask;
      slots[i] = n;
    }
    slots_.swap(slots);
  }

  std::deque<Entry> entries_;
  std::vector<uint32_t> slots_;  // 0: empty; else 1 + index into entries_
};

}  // namespace marsad

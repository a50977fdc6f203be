// Hashing code-point strings, for hash maps looked up by std::u32string_view.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace marsad {

struct U32Hash {
  using is_transparent = void;
  size_t operator()(std::u32string_view s) const {
    uint64_t h = 1469598103934665603ull;  // FNV-1a over code points
    for (char32_t c : s) h = (h ^ c) * 1099511628211ull;
    return h;
  }
};

}  // namespace marsad

// A half-open range [start, end) of Unicode code points.
#pragma once

#include <cstdint>

namespace marsad {

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool contains(uint32_t pos) const { return start <= pos && pos < end; }
  bool overlaps(Span o) const { return start < o.end && o.start < end; }
  friend bool operator==(Span, Span) = default;
};

}  // namespace marsad

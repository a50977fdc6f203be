// Maps positions in an edited text (repaired: spaces inserted, a duplicated line dropped,
// presentation forms unfolded) back to code points of the original text.
//
// The edited text is described as a sequence of pieces. A copied piece has the same length
// on both sides; an inserted piece has no original extent; a dropped piece has no edited
// extent; a replaced piece (ﻻ → لا) maps as a whole. Like spaCy's Doc, we never lose the way
// back: every span users see can be re-sliced from the original.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/span.h"

namespace marsad {

class OffsetMap {
 public:
  // The identity map over a text of `length` code points.
  static OffsetMap identity(uint32_t length);

  // Building: describe the edited text from left to right.
  void copy(uint32_t length);                             // same text on both sides
  void insert(uint32_t edited_length);                    // new text, nothing in the original
  void drop(uint32_t original_length);                    // original text left out
  void replace(uint32_t original_length, uint32_t edited_length);

  uint32_t edited_length() const { return edited_end_; }
  uint32_t original_length() const { return original_end_; }

  // Original position of the character at edited position `pos` (a span's start). An inserted
  // character maps to the original position it was inserted at.
  uint32_t to_original_start(uint32_t pos) const;
  // Original position just after the character before edited position `pos` (a span's end).
  uint32_t to_original_end(uint32_t pos) const;
  Span to_original(Span edited) const;

  // True when the edited span [start, end) contains only copied characters: the original
  // slice is then exactly the edited slice.
  bool is_copied(Span edited) const;

  // Maps spans given in increasing order (a document's tokens) without searching: it walks
  // the pieces once. Spans must not start before the previous span's start.
  class Cursor {
   public:
    explicit Cursor(const OffsetMap& map) : map_(map) {}
    Span to_original(Span edited);

   private:
    uint32_t start_of(uint32_t pos);
    uint32_t end_of(uint32_t pos);
    const OffsetMap& map_;
    size_t piece_ = 0;
  };

 private:
  struct Piece {
    uint32_t edited_start;
    uint32_t edited_length;
    uint32_t original_start;
    uint32_t original_length;
    bool copied;  // false: inserted, dropped or replaced
  };
  void add(uint32_t original_length, uint32_t edited_length, bool copy);
  // The piece holding edited position pos (pieces with no edited extent are skipped).
  const Piece& piece_at(uint32_t pos) const;

  std::vector<Piece> pieces_;
  uint32_t edited_end_ = 0;
  uint32_t original_end_ = 0;
};

}  // namespace marsad

#include "core/offset_map.h"

#include <algorithm>
#include <stdexcept>

namespace marsad {

OffsetMap OffsetMap::identity(uint32_t length) {
  OffsetMap m;
  m.copy(length);
  return m;
}

void OffsetMap::add(uint32_t original_length, uint32_t edited_length, bool copy) {
  if (original_length == 0 && edited_length == 0) return;
  if (copy && !pieces_.empty() && pieces_.back().copied) {
    pieces_.back().edited_length += edited_length;  // merge adjacent copies
    pieces_.back().original_length += original_length;
  } else {
    pieces_.push_back({edited_end_, edited_length, original_end_, original_length, copy});
  }
  edited_end_ += edited_length;
  original_end_ += original_length;
}

void OffsetMap::copy(uint32_t length) { add(length, length, true); }
void OffsetMap::insert(uint32_t edited_length) { add(0, edited_length, false); }
void OffsetMap::drop(uint32_t original_length) { add(original_length, 0, false); }
void OffsetMap::replace(uint32_t original_length, uint32_t edited_length) {
  add(original_length, edited_length, false);
}

const OffsetMap::Piece& OffsetMap::piece_at(uint32_t pos) const {
  // First piece whose edited extent ends after pos.
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), pos, [](uint32_t p, const Piece& piece) {
    return p < piece.edited_start + piece.edited_length;
  });
  if (it == pieces_.end()) throw std::out_of_range("OffsetMap: position past the edited text");
  return *it;
}

uint32_t OffsetMap::to_original_start(uint32_t pos) const {
  if (pos >= edited_end_) return original_end_;
  const Piece& p = piece_at(pos);
  if (p.copied) return p.original_start + (pos - p.edited_start);
  return p.original_start;
}

uint32_t OffsetMap::to_original_end(uint32_t pos) const {
  if (pos == 0) return pieces_.empty() ? 0 : to_original_start(0);
  const Piece& p = piece_at(pos - 1);
  if (p.copied) return p.original_start + (pos - p.edited_start);
  return p.original_start + p.original_length;
}

Span OffsetMap::to_original(Span edited) const {
  if (edited.empty()) {
    uint32_t at = to_original_start(edited.start);
    return {at, at};
  }
  return {to_original_start(edited.start), to_original_end(edited.end)};
}

bool OffsetMap::is_copied(Span edited) const {
  if (edited.empty()) return true;
  const Piece& p = piece_at(edited.start);
  return p.copied && edited.end <= p.edited_start + p.edited_length;
}

uint32_t OffsetMap::Cursor::start_of(uint32_t pos) {
  const auto& pieces = map_.pieces_;
  while (piece_ < pieces.size() && pos >= pieces[piece_].edited_start + pieces[piece_].edited_length) ++piece_;
  if (piece_ == pieces.size()) return map_.original_end_;
  const Piece& p = pieces[piece_];
  return p.copied ? p.original_start + (pos - p.edited_start) : p.original_start;
}

uint32_t OffsetMap::Cursor::end_of(uint32_t pos) {
  if (pos == 0) return map_.to_original_end(0);
  const auto& pieces = map_.pieces_;
  size_t i = piece_;  // the end lies at or after the start's piece; do not move the cursor
  while (i < pieces.size() && pos - 1 >= pieces[i].edited_start + pieces[i].edited_length) ++i;
  if (i == pieces.size()) return map_.original_end_;
  const Piece& p = pieces[i];
  return p.copied ? p.original_start + (pos - p.edited_start) : p.original_start + p.original_length;
}

Span OffsetMap::Cursor::to_original(Span edited) {
  uint32_t start = start_of(edited.start);
  if (edited.empty()) return {start, start};
  return {start, end_of(edited.end)};
}

}  // namespace marsad

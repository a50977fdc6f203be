// The text layer in the database: sentences and tokens packed into blobs (a row per token
// would cost more than the rest of the store together):
//   sentences  u32 start, u32 end, little-endian                      (8 bytes each)
//   tokens     varint gap from the previous token's end, varint length, u8 kind,
//              u8 stem offset, u8 stem length                         (5 bytes for most)
// Spans are code points of the original text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "store/reader.h"
#include "text/analyzed.h"

namespace marsad::store {

std::string pack_sentences(const Analyzed& analyzed);
std::string pack_tokens(const Analyzed& analyzed);
std::vector<Span> unpack_sentences(std::string_view blob);
std::vector<TokenRow> unpack_tokens(std::string_view blob);

// Tokens that hold a position in the full-text index (words, numbers, Latin): the full-text
// position p of a document is its p-th indexed token.
inline bool is_indexed(TokenKind kind) {
  return kind == TokenKind::kWord || kind == TokenKind::kNumber || kind == TokenKind::kLatin;
}

}  // namespace marsad::store

// What the text stage hands on: the repaired text, the way back to the original, sentences
// and tokens. Every span that leaves the program is in code points of the original text
// (`span`); `edited` spans index `Analyzed::text`, the repaired text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/offset_map.h"
#include "core/span.h"
#include "text/clitics.h"

namespace marsad {

enum class RepairKind : uint8_t {
  kMissingSpaceAfterPunct,  // انقساماتها.التي → انقساماتها. التي
  kMergedWords,             // الولاياتالمتحدة → الولايات المتحدة, عن70 → عن 70
  kHeadingGlued,            // خلف الأبواب المغلقةوينتظر → … المغلقة\nوينتظر
  kDuplicatedLine,          // a truncated copy of the next line, dropped
  kPresentationForm,        // ﻻ → لا (NFKC)
};
std::string_view repair_kind_name(RepairKind kind);

struct Repair {
  Span original;        // what was changed, in the original text
  RepairKind kind;
  std::u32string before;  // original text of the span
  std::u32string after;   // what the repaired text has instead
};

enum class TokenKind : uint8_t { kWord, kNumber, kLatin, kPunct, kSymbol, kUrl };
std::string_view token_kind_name(TokenKind kind);

struct Token {
  Span span;       // original text
  Span edited;     // repaired text
  TokenKind kind = TokenKind::kWord;
  Segmentation seg;  // clitics, as offsets into the key; for words only
  Span stem;       // repaired text: the surface of the stem (harakat kept)
  uint32_t key_start = 0;  // the match key is Analyzed::keys[key_start, key_start + key_length)
  uint32_t key_length = 0;
};

struct Sentence {
  Span span;    // original text
  Span edited;  // repaired text
  uint32_t first_token = 0;
  uint32_t end_token = 0;  // one past the last
};

struct Analyzed {
  const Document* document = nullptr;
  std::u32string original;  // the document text as code points
  std::u32string text;      // repaired text
  OffsetMap map;            // text → original
  std::vector<Repair> repairs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::u32string keys;      // all tokens' match keys, one after another

  std::u32string_view surface(const Token& t) const { return std::u32string_view(text).substr(t.edited.start, t.edited.size()); }
  std::u32string_view key(const Token& t) const { return std::u32string_view(keys).substr(t.key_start, t.key_length); }
  std::u32string_view stem_key(const Token& t) const { return key(t).substr(t.seg.stem_start, t.seg.stem_length); }
  std::u32string_view stem_surface(const Token& t) const { return std::u32string_view(text).substr(t.stem.start, t.stem.size()); }
};

}  // namespace marsad

// Splits repaired text into orthographic tokens: Arabic words (clitics attached), numbers
// (3.5، 2,000، ٢٠١٧، 25/10/2016), Latin words, URLs, punctuation marks and symbols.
#pragma once

#include <string_view>
#include <vector>

#include "core/span.h"
#include "text/analyzed.h"

namespace marsad {

struct RawToken {
  Span edited;
  TokenKind kind;
};

std::vector<RawToken> tokenize(std::u32string_view text);

}  // namespace marsad

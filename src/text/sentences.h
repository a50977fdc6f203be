// Sentence boundaries over tokens: after . ! ? ؟ … (with the quotes and brackets that close
// them), and at every line break (headings, list items). Not after initials (أ.ف.ب).
#pragma once

#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace marsad {

struct SentenceRange {
  uint32_t first_token;
  uint32_t end_token;
};

std::vector<SentenceRange> split_sentences(std::u32string_view text, const std::vector<RawToken>& tokens);

}  // namespace marsad

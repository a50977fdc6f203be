// The text stage: Document → Analyzed. Repairs the text (keeping the map back to the
// original), splits sentences and tokens, and segments clitics.
//
// One TextAnalyzer per thread: it memoizes word analyses (Zipf: a news article repeats its
// words, a corpus repeats its vocabulary). The Lexicon it reads is shared.
#pragma once

#include <memory>
#include <string>

#include "core/document.h"
#include "text/analyzed.h"
#include "text/clitics.h"
#include "text/lexicon.h"

namespace marsad {

class TextAnalyzer {
 public:
  explicit TextAnalyzer(std::shared_ptr<const Lexicon> lexicon);
  ~TextAnalyzer();

  // The Analyzed keeps a pointer to `document`: keep the document alive as long.
  Analyzed analyze(const Document& document);
  const Lexicon& lexicon() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace marsad

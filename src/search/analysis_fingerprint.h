// What the full-text index depends on besides the text: marsad's own analysis (repair, glue
// splitting, clitics, stems). FTS5 deletes a document's terms by re-tokenizing its stored text,
// so an index made by one analysis and updated (--reprocess, a POSTed document that replaces
// another) by a different one would delete terms that were never written. The writer stores
// the fingerprint of the analysis that built the index and rebuilds the index when it changes.
//
// The fingerprint hashes the lexicon files the analyzer reads (data/lexicon, data/hunspell,
// the system's hunspell-ar dictionary) and the index terms of a probe text, the seed articles
// of data/corpus/seeds: a change of the analysis code shows there (the seeds hold glued words,
// missing spaces, clitics and typos) without a version number someone must remember to bump.
#pragma once

#include <memory>
#include <string>

#include "text/lexicon.h"

namespace marsad::search {

// 16 hex digits. Analyzes the probe with `lexicon` (tens of milliseconds).
std::string analysis_fingerprint(std::shared_ptr<const Lexicon> lexicon);

}  // namespace marsad::search

// Words that join a speaker to the statement carrying his words (data/events/statement_links.tsv):
// قال المتحدث في بيان، أكدت الحكومة في مؤتمر صحفي. A statement noun right after one of them,
// right after the subject of a speech verb, is that subject speaking.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "events/event_text.h"

namespace marsad {

class StatementLinks {
 public:
  void load(const std::string& statement_links_tsv);
  // Whether token `i` is a link word (compared by match key, no clitics: وفي is no link).
  bool links(const EventText& text, uint32_t i) const;

 private:
  std::vector<std::u32string> words_;
};

}  // namespace marsad

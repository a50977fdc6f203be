// The publication date of an undated article, read from its text: dated anchor events
// (data/calendar/anchor_events.tsv) named with a relative word (غدا الاثنين + اجتماع أستانة
// → the day before Astana-1), a day of the current month that an anchor fixes (الاستفتاء في
// السادس عشر من الشهر الجاري), explicit dates, a month "just past" (تشرين اول الفائت), and
// the latest anchor the article knows of as a lower bound.
#pragma once

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/extraction.h"
#include "core/hash.h"
#include "events/dates.h"
#include "events/event_text.h"
#include "events/time_expressions.h"

namespace marsad {

struct AnchorEvent {
  Date date, end;
  std::string name;
  std::vector<std::vector<Phrase>> keywords;  // alternatives, each a conjunction of phrases
};

class AnchorCalendar {
 public:
  void load(const std::string& anchors_tsv);
  const std::vector<AnchorEvent>& anchors() const { return anchors_; }
  // Whether some keyword phrase of some anchor starts with `stem`.
  bool opens_keyword(std::u32string_view stem) const { return first_words_.count(stem) > 0; }

 private:
  std::vector<AnchorEvent> anchors_;
  std::unordered_set<std::u32string, U32Hash, std::equal_to<>> first_words_;
};

// `expressions[s]`: the time expressions of sentence s, found without a publication date.
PublicationDate infer_publication_date(const EventText& text, const AnchorCalendar& calendar,
                                       const std::vector<std::vector<TimeExpression>>& expressions);

}  // namespace marsad

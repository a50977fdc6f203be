// Time expressions (أمس، غدا الاثنين، يوم 25 تشرين اول الفائت، في الثاني والعشرين منه،
// الشهر الماضي، 15 رمضان 1436) found in a sentence and resolved against the publication date.
// Words come from data/time/*.tsv; an ISO date is given only when the expression determines
// it (to the day, the month or the year).
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/hash.h"
#include "events/dates.h"
#include "events/event_text.h"

namespace marsad {

struct TimeWord {
  enum class Kind : uint8_t {
    kMonth, kHijriMonth, kWeekday, kDeictic, kShift, kDirection, kCount, kPartOfDay, kPosition,
    kVague, kFrequency, kGlue, kOrdinal, kCardinal, kFraction
  } kind = Kind::kGlue;
  enum class Unit : uint8_t { kNone, kDay, kWeek, kMonth, kYear } unit = Unit::kNone;
  int value = 0;  // month, weekday, offset or number
  Phrase words;
};

class TimeLexicon {
 public:
  void load(const std::string& time_dir);  // months, weekdays, relative, ordinals .tsv
  // The longest time word starting at `token` (within `limit`), or nullptr; `end` is set.
  const TimeWord* match(const EventText& text, uint32_t token, uint32_t limit, uint32_t& end) const;

 private:
  std::vector<TimeWord> words_;
  // First word → the words_ it starts, in file order. Asked for every reading of every word.
  std::unordered_map<std::u32string, std::vector<uint32_t>, U32Hash, std::equal_to<>> by_first_;
};

// What an expression says, before resolution.
struct TimeParts {
  int day_offset = 0;
  bool has_day_offset = false;  // أمس، اليوم، غدا
  int weekday = 0;              // ISO, 0: none
  int month = 0;
  bool hijri = false;
  int day = 0;                  // day of the month
  int year = 0;
  int shift = 0;
  bool has_shift = false;       // الماضي، المقبل
  TimeWord::Unit unit = TimeWord::Unit::kNone;  // الشهر الماضي: month, -1
  int unit_offset = 0;
  bool of_it = false;           // منه
  bool day_after_event = false; // غداة X: X happened the day before the event it is told with
  bool from_event = false;      // بعد يوم من X، قبل أسبوع من X: X is dated from the event told
                                // with it (the count before or after it), not from publication
  bool same = false;            // نفس / نفسه
  bool vague = false;
  bool counted = false;         // قبل ثلاثة أيام: a duration
  int count = 0;                // the number counted (ثلاثة أيام → 3), 0 when not given
  TimeWord::Unit count_unit = TimeWord::Unit::kNone;
  int direction = 0;            // قبل -1, بعد +1
};

struct TimeExpression {
  TimeParts parts;
  uint32_t first = 0, end = 0;  // tokens
  Span span;                    // original text
  std::optional<Date> date;     // when determined
  bool same_day_as_previous = false;  // في اليوم نفسه: the date of the event told before
  bool future = false;                // غدا، المقبل: points forward
};

// Every time expression of sentence `sentence`, resolved against `publication` (if known).
std::vector<TimeExpression> find_time_expressions(const EventText& text, const TimeLexicon& lexicon, uint32_t sentence,
                                                  const std::optional<Date>& publication);

}  // namespace marsad

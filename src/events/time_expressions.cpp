#include "events/time_expressions.h"

#include <algorithm>
#include <unordered_map>

#include "core/tsv.h"
#include "events/trigger_lexicon.h"

namespace marsad {
namespace {

using Kind = TimeWord::Kind;
using Unit = TimeWord::Unit;

Unit unit_of(std::string_view u) {
  if (u == "day" || u == "count_day") return Unit::kDay;
  if (u == "week" || u == "count_week") return Unit::kWeek;
  if (u == "month" || u == "count_month") return Unit::kMonth;
  if (u == "year" || u == "count_year") return Unit::kYear;
  return Unit::kNone;
}

int to_int(std::string_view s, int fallback = 0) {
  try {
    return s.empty() ? fallback : static_cast<int>(std::stod(std::string(s)));
  } catch (...) {
    return fallback;
  }
}

// One piece of an expression under construction.
struct Piece {
  uint32_t first, end;
  const TimeWord* word = nullptr;  // null: a number
  int number = 0;
};

bool is_core(const Piece& p) {
  if (!p.word) return false;
  switch (p.word->kind) {
    case Kind::kMonth: case Kind::kHijriMonth: case Kind::kWeekday: case Kind::kDeictic: case Kind::kVague:
    case Kind::kPartOfDay:
      return true;
    default:
      return false;
  }
}

// Month names that are also ordinary words (آب "father", ماي, صفر "zero", رجب a name) count
// only next to a day number, a year or a shift word.
bool ambiguous_month(const TimeWord& w) {
  if (w.words.size() != 1) return false;
  const auto& k = w.words[0];
  return k == U"اب" || k == U"ماي" || k == U"صفر" || k == U"رجب" || k == U"شعبان" || k == U"رمضان" || k == U"مارس";
}

struct Resolver : TimeParts {
  std::optional<Date> publication;
  explicit Resolver(const std::optional<Date>& p) : publication(p) {}

  std::optional<Date> resolve(bool& future) const {
    future = (has_day_offset && day_offset > 0) || (has_shift && shift > 0) || (unit != Unit::kNone && unit_offset > 0);
    // قبل أربعة أشهر، منذ يومين: a counted span back from the publication date.
    if (from_event) return std::nullopt;
    if (counted && publication && direction < 0 && count > 0) {
      const Date& p = *publication;
      switch (count_unit) {
        case Unit::kDay: return add_days(p, -count);
        case Unit::kMonth: return add_months(Date{p.year, p.month, 0}, -count);
        case Unit::kYear: return Date{p.year - count, 0, 0};
        default: break;
      }
    }
    if (vague || counted) return std::nullopt;
    if (hijri && month && day && year) return gregorian_from_hijri(year, month, day);
    if (hijri) return std::nullopt;
    if (month) {
      Date d{year, month, day};
      if (!year) {
        if (!publication) return std::nullopt;
        const Date& p = *publication;
        d.year = p.year;
        if (has_shift && shift < 0 && month >= p.month) d.year -= 1;
        else if (has_shift && shift > 0 && month <= p.month) d.year += 1;
        else if (!has_shift && month > p.month + 1) d.year -= 1;  // a month named without a year: the past
      }
      if (d.day > days_in_month(d.year, d.month)) d.day = 0;
      return d;
    }
    if (!publication) return year ? std::optional<Date>(Date{year, 0, 0}) : std::nullopt;
    const Date& p = *publication;
    if (day && (of_it || unit == Unit::kMonth)) {
      Date m = add_months(Date{p.year, p.month, 1}, unit == Unit::kMonth ? unit_offset : 0);
      if (day <= days_in_month(m.year, m.month)) return Date{m.year, m.month, day};
      return std::nullopt;
    }
    if (has_day_offset) return add_days(p, day_offset);
    if (weekday) {
      int back = (iso_weekday(p) - weekday + 7) % 7;  // the most recent such day, today included
      return add_days(p, -back);
    }
    if (unit == Unit::kMonth) return add_months(Date{p.year, p.month, 0}, unit_offset);
    if (unit == Unit::kYear) return Date{p.year + unit_offset, 0, 0};
    if (year) return Date{year, 0, 0};
    return std::nullopt;
  }
};

}  // namespace

void TimeLexicon::load(const std::string& dir) {
  auto add = [&](TimeWord w, std::string_view text) {
    w.words = parse_phrase(text);
    if (w.words.empty()) return;
    by_first_[w.words.front()].push_back(static_cast<uint32_t>(words_.size()));
    words_.push_back(std::move(w));
  };
  for_each_tsv_row(dir + "/months.tsv", 3, [&](const auto& f) {
    add({f[2] == "hijri" ? Kind::kHijriMonth : Kind::kMonth, Unit::kNone, to_int(f[1]), {}}, f[0]);
  }, true);
  for_each_tsv_row(dir + "/weekdays.tsv", 2, [&](const auto& f) { add({Kind::kWeekday, Unit::kNone, to_int(f[1]), {}}, f[0]); }, true);
  for_each_tsv_row(dir + "/relative.tsv", 2, [&](const auto& f) {
    std::string_view unit = f[1];
    std::string_view value = f.size() > 2 ? f[2] : std::string_view();
    TimeWord w;
    if (unit == "day" || unit == "week" || unit == "month" || unit == "year") w = {Kind::kDeictic, unit_of(unit), to_int(value), {}};
    else if (unit == "shift") w = {Kind::kShift, Unit::kNone, to_int(value), {}};
    else if (unit == "direction") w = {Kind::kDirection, Unit::kNone, to_int(value), {}};
    else if (unit.starts_with("count_")) w = {Kind::kCount, unit_of(unit), to_int(value), {}};
    else if (unit == "part_of_day") w = {Kind::kPartOfDay, Unit::kNone, to_int(value), {}};
    else if (unit == "position") w = {Kind::kPosition, Unit::kNone, 0, {}};
    else if (unit == "vague") w = {Kind::kVague, Unit::kNone, to_int(value), {}};
    else if (unit == "frequency") w = {Kind::kFrequency, Unit::kNone, 0, {}};
    else w = {Kind::kGlue, Unit::kNone, 0, {}};
    add(w, f[0]);
  }, true);
  for_each_tsv_row(dir + "/ordinals.tsv", 3, [&](const auto& f) {
    Kind k = f[2] == "ordinal" ? Kind::kOrdinal : f[2] == "cardinal" ? Kind::kCardinal : f[2] == "fraction" ? Kind::kFraction : Kind::kGlue;
    if (f[2] == "ordinal_f") k = Kind::kGlue;  // clock hours and rounds: part of an expression, no day
    add({k, Unit::kNone, to_int(f[1]), {}}, f[0]);
  }, true);
}

const TimeWord* TimeLexicon::match(const EventText& text, uint32_t token, uint32_t limit, uint32_t& end) const {
  const TimeWord* best = nullptr;
  end = token;
  for (const auto& r : text.readings(token)) {
    auto it = by_first_.find(std::u32string_view(r.stem));
    if (it == by_first_.end()) continue;
    for (uint32_t wi : it->second) {
      const TimeWord& w = words_[wi];
      uint32_t e = w.words.size() == 1 ? token + 1 : text.match_phrase(token + 1, w.words, limit, WordClass::kAny, 1);
      if (e > end) {
        end = e;
        best = &w;
      }
    }
    if (best) break;
  }
  return best;
}

std::vector<TimeExpression> find_time_expressions(const EventText& text, const TimeLexicon& lexicon, uint32_t sentence,
                                                  const std::optional<Date>& publication) {
  const Sentence& s = text.sentence(sentence);
  std::vector<TimeExpression> out;
  std::vector<Piece> run;
  auto flush = [&]() {
    // في اليوم نفسه: the trailing glue that makes it "the same day" is trimmed below.
    bool same = std::any_of(run.begin(), run.end(), [](const Piece& p) {
      return p.word && p.word->kind == Kind::kGlue && !p.word->words.empty() &&
             (p.word->words[0] == U"نفس" || p.word->words[0] == U"نفسه" || p.word->words[0] == U"ذات");
    });
    // Trim glue at both ends; keep runs with a core word (or a year after عام/منذ).
    // قبل أربعة أشهر: a counted unit after a direction word ends the expression.
    const bool directed = std::any_of(run.begin(), run.end(), [](const Piece& p) { return p.word && p.word->kind == Kind::kDirection; });
    while (!run.empty() && run.back().word && !is_core(run.back()) && run.back().word->kind != Kind::kShift &&
           !(directed && run.back().word->kind == Kind::kCount))
      run.pop_back();
    size_t start = 0;
    while (start < run.size() && run[start].word && !is_core(run[start]) &&
           run[start].word->kind != Kind::kDirection && run[start].word->kind != Kind::kPosition &&
           run[start].word->kind != Kind::kCount && run[start].word->kind != Kind::kOrdinal)
      ++start;
    std::vector<Piece> pieces(run.begin() + start, run.end());
    run.clear();
    if (pieces.empty()) return;
    Resolver r(publication);
    r.same = same;
    bool core = false, has_year_word = false, has_count_unit = false, has_number = false;
    for (size_t i = 0; i < pieces.size(); ++i) {
      const Piece& p = pieces[i];
      if (!p.word) {
        has_number = true;
        if (p.number >= 1900 && p.number <= 2100) r.year = p.number;
        else if (p.number >= 1300 && p.number <= 1500) { r.year = p.number; }
        else if (p.number >= 1 && p.number <= 31) r.day = p.number;
        continue;
      }
      const TimeWord& w = *p.word;
      switch (w.kind) {
        case Kind::kMonth: case Kind::kHijriMonth:
          r.month = w.value;
          r.hijri = w.kind == Kind::kHijriMonth;
          core = core || !ambiguous_month(w);
          break;
        case Kind::kWeekday: r.weekday = w.value; core = true; break;
        case Kind::kDeictic:
          core = true;
          if (w.unit == Unit::kDay) { r.has_day_offset = true; r.day_offset = w.value; }
          else { r.unit = w.unit; r.unit_offset = w.value; }
          if (w.words.size() == 1 && w.words[0] == U"منه") r.of_it = true;
          if (w.words.size() == 1 && w.words[0] == U"غداه") r.day_after_event = true;
          break;
        case Kind::kShift: r.has_shift = true; r.shift = w.value; break;
        case Kind::kVague: r.vague = true; core = true; break;
        case Kind::kPartOfDay: core = true; break;
        case Kind::kOrdinal: if (w.value >= 1 && w.value <= 31) r.day = w.value; break;
        case Kind::kCount:
          has_count_unit = true;
          r.count_unit = w.unit;
          // 3 أيام and 11 يوما take the number; يومين carries its count, and the singular (offset 1)
          // right after its direction word (قبل يوم; not قبل نهاية العام); a plural alone (بعد سنوات
          // من المفاوضات، منذ أيام، عدة أيام) counts none.
          if (i > 0 && !pieces[i - 1].word) r.count = pieces[i - 1].number;
          else if (w.value > 1 && !r.count) r.count = w.value;
          else if (w.value == 1 && i > 0 && pieces[i - 1].word->kind == Kind::kDirection) r.count = 1;
          if (w.unit == Unit::kYear) has_year_word = true;
          break;
        case Kind::kCardinal: r.counted = true; r.count = w.value; break;
        case Kind::kDirection: r.direction = w.value; break;
        case Kind::kGlue:
          if (!w.words.empty() && (w.words[0] == U"نفس" || w.words[0] == U"نفسه" || w.words[0] == U"ذات")) r.same = true;
          break;
        default: break;
      }
    }
    // A month name next to a number or a shift is a month even when ambiguous (آب 2015).
    if (r.month && (has_number || r.has_shift)) core = true;
    if (r.year && (has_year_word || pieces.front().word)) core = true;  // منذ 2013، العام 2013
    // في وقت سابق من يوم الجمعة، في وقت سابق هذا الشهر: the vague words only soften a time
    // the rest determines.
    if (r.vague && (r.weekday || r.has_day_offset || r.month || r.unit != Unit::kNone)) r.vague = false;
    const bool counted_back = has_count_unit && r.direction < 0 && pieces.front().word &&
                              pieces.front().word->kind == Kind::kDirection && !r.month && !r.year;
    // بعد يوم من هجوم، قبل أسبوع من مباحثات: a count from the event told with it.
    const bool from_event = has_count_unit && r.direction != 0 && pieces.front().word &&
                            pieces.front().word->kind == Kind::kDirection && !r.month && !r.year && !r.weekday &&
                            !r.has_day_offset && pieces.back().end < s.end_token && text.key(pieces.back().end) == U"من";
    r.from_event = from_event;
    if (!core && !counted_back && !from_event) return;
    // A day count with a unit (قبل ثلاثة أيام، منذ يومين) is a duration; a day number before a
    // month is a date (يوم 25 تشرين).
    if (has_count_unit && !r.month && !r.weekday && !r.has_day_offset && r.unit == Unit::kNone && !r.year) r.counted = true;
    TimeExpression e;
    e.parts = r;
    e.first = pieces.front().first;
    e.end = pieces.back().end;
    e.span = text.span(e.first, e.end);
    // في اليوم نفسه: the same day as the previous event, not today.
    if (r.same && r.has_day_offset && r.day_offset == 0) {
      e.same_day_as_previous = true;
    } else {
      e.date = r.resolve(e.future);
    }
    out.push_back(e);
  };

  for (uint32_t i = s.first_token; i < s.end_token;) {
    if (text.is_number(i)) {
      int n = to_int(std::string(text.key(i).begin(), text.key(i).end()), -1);
      run.push_back({i, i + 1, nullptr, n});
      ++i;
      continue;
    }
    if (text.is_word(i)) {
      uint32_t end;
      if (const TimeWord* w = lexicon.match(text, i, s.end_token, end)) {
        run.push_back({i, end, w, 0});
        i = end;
        continue;
      }
    } else if (!run.empty()) {
      // تموز/يوليو، ديسمبر (كانون الأول): a slash or brackets between month names.
      auto k = text.key(i);
      if (k == U"/" || k == U"(" || k == U")") {
        ++i;
        continue;
      }
    }
    flush();
    ++i;
  }
  flush();
  return out;
}

}  // namespace marsad

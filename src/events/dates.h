// Calendar arithmetic for resolving dates: proleptic Gregorian days, ISO weekdays, and the
// tabular (civil) Hijri calendar, which papers print next to the Gregorian date.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace marsad {

struct Date {
  int year = 0, month = 0, day = 0;  // month 0: a year only; day 0: a month only
  bool full() const { return year && month && day; }
  friend bool operator==(const Date&, const Date&) = default;
};

long days_from_civil(int year, int month, int day);  // days since 1970-01-01
Date civil_from_days(long days);
int iso_weekday(const Date& d);                      // Monday 1 … Sunday 7
Date add_days(const Date& d, long days);
Date add_months(const Date& d, int months);          // keeps the day when it exists, else 0
int days_in_month(int year, int month);

// "2017-01-22" → full date; "2017-01" → month; "2017" → year. Anything else: nullopt.
std::optional<Date> parse_iso(std::string_view text);
std::string format_iso(const Date& d);  // by precision: YYYY, YYYY-MM or YYYY-MM-DD

// The tabular Islamic calendar (the 30-year cycle with leap years 2 5 7 10 13 16 18 21 24 26
// 29): exact to a day or two against the sighted calendar, which is what a date conversion
// printed in a paper can promise.
Date gregorian_from_hijri(int year, int month, int day);

}  // namespace marsad

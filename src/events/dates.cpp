#include "events/dates.h"

#include <charconv>
#include <cstdio>

namespace marsad {

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int iso_weekday(const Date& d) {
  long z = days_from_civil(d.year, d.month, d.day);
  // 1970-01-01 was a Thursday (4).
  long w = (z % 7 + 7 + 3) % 7;  // 0 = Monday
  return static_cast<int>(w) + 1;
}

Date add_days(const Date& d, long days) { return civil_from_days(days_from_civil(d.year, d.month, d.day) + days); }

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

Date add_months(const Date& d, int months) {
  int index = d.year * 12 + (d.month - 1) + months;
  Date r{index / 12, index % 12 + 1, 0};
  if (d.day && d.day <= days_in_month(r.year, r.month)) r.day = d.day;
  return r;
}

std::optional<Date> parse_iso(std::string_view t) {
  auto number = [&](size_t at, size_t len) -> int {
    int v = 0;
    if (at + len > t.size()) return -1;
    auto [p, ec] = std::from_chars(t.data() + at, t.data() + at + len, v);
    return ec == std::errc() && p == t.data() + at + len ? v : -1;
  };
  Date d;
  if (t.size() < 4 || (d.year = number(0, 4)) < 0) return std::nullopt;
  if (t.size() == 4) return d;
  if (t.size() < 7 || t[4] != '-' || (d.month = number(5, 2)) < 1 || d.month > 12) return std::nullopt;
  if (t.size() == 7) return d;
  if (t.size() < 10 || t[7] != '-' || (d.day = number(8, 2)) < 1 || d.day > days_in_month(d.year, d.month)) return std::nullopt;
  return d;
}

std::string format_iso(const Date& d) {
  char buf[16];
  if (!d.month) std::snprintf(buf, sizeof buf, "%04d", d.year);
  else if (!d.day) std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

Date gregorian_from_hijri(int year, int month, int day) {
  // Days since the epoch 1 Muharram 1 AH = 16 July 622 (Julian) = Julian day 1948439.5.
  long julian_day = day + (59L * (month - 1) + 1) / 2 + (year - 1) * 354L + (3 + 11L * year) / 30 + 1948439;
  // Julian day number → days since 1970-01-01 (JDN 2440588).
  return civil_from_days(julian_day - 2440588);
}

}  // namespace marsad

#include "plan/model/date.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace plan {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days, in 64 bits so that any
// year in Date's range converts exactly.
std::int64_t days_from_civil(std::int64_t y, std::int64_t m, std::int64_t d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Civil {
  std::int64_t year;
  int month;
  int day;
};

Civil civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {yoe + era * 400 + (month <= 2), month, day};
}

bool is_leap(std::int64_t y) {
  return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

int days_in_month(std::int64_t y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

std::optional<Date> Date::from_ymd(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return from_days(days_from_civil(year, month, day));
}

int Date::year() const {
  return static_cast<int>(civil_from_days(days_).year);
}
int Date::month() const {
  return civil_from_days(days_).month;
}
int Date::day() const {
  return civil_from_days(days_).day;
}
int Date::weekday() const {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  return static_cast<int>(((static_cast<std::int64_t>(days_) % 7) + 7 + 3) % 7);
}

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!is_digit(text[i])) return std::nullopt;
  }
  const auto num = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i)
      v = v * 10 + (text[i] - '0');
    return v;
  };
  return Date::from_ymd(num(0, 4), num(5, 2), num(8, 2));
}

std::string format_date(Date date) {
  const Civil c = civil_from_days(date.days());
  return c.year < 0 ? fmt::format("-{:04}-{:02}-{:02}", -c.year, c.month, c.day)
                    : fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
}

Date add_months(Date date, std::int64_t months) {
  const Civil c = civil_from_days(date.days());
  // Far beyond Date's range either way: saturate before the arithmetic can overflow.
  constexpr std::int64_t kLimit = std::int64_t{1} << 40;
  months = months < -kLimit ? -kLimit : months > kLimit ? kLimit : months;
  const std::int64_t index = c.year * 12 + (c.month - 1) + months;  // months since year 0
  const std::int64_t year = index >= 0 ? index / 12 : (index - 11) / 12;
  if (year < -999999) return Date::from_days(Date::kMinDays);
  if (year > 999999) return Date::from_days(Date::kMaxDays);
  const int month = static_cast<int>(index - year * 12) + 1;
  const int day = std::min(c.day, days_in_month(year, month));
  return Date::from_days(days_from_civil(year, month, day));
}

Date add_years(Date date, std::int64_t years) {
  constexpr std::int64_t kLimit = std::int64_t{1} << 36;
  return add_months(date, (years < -kLimit ? -kLimit : years > kLimit ? kLimit : years) * 12);
}

MonthsAndDays months_spanned(Window window) {
  const Date after_end = window.end + 1;
  // Estimate from the calendar fields, then correct by at most one month each way.
  std::int64_t months = (std::int64_t{after_end.year()} - window.start.year()) * 12 +
                        (after_end.month() - window.start.month());
  if (months < 0) months = 0;
  while (months > 0 && add_months(window.start, months) > after_end)
    --months;
  // add_months grows strictly until Date's range saturates; stop there too.
  while (add_months(window.start, months + 1) <= after_end &&
         add_months(window.start, months + 1) > add_months(window.start, months)) {
    ++months;
  }
  return {static_cast<int>(months), after_end - add_months(window.start, months)};
}

bool spans_at_least_months(Window window, std::int64_t months) {
  return window.end + 1 >= add_months(window.start, months);
}

bool spans_at_most_months(Window window, std::int64_t months) {
  return window.end + 1 <= add_months(window.start, months);
}

}  // namespace plan

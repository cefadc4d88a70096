#include "plan/date.hpp"

#include <chrono>

#include <fmt/format.h>

namespace plan {
namespace {

namespace chr = std::chrono;

chr::year_month_day to_ymd(Date d) {
  return chr::year_month_day{chr::sys_days{chr::days{d.days()}}};
}

Date from_sys_days(chr::sys_days days) {
  return Date::from_days(static_cast<std::int32_t>(days.time_since_epoch().count()));
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

std::optional<Date> Date::from_ymd(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  const chr::year_month_day ymd{chr::year{year}, chr::month{static_cast<unsigned>(month)},
                                chr::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return std::nullopt;
  return from_sys_days(chr::sys_days{ymd});
}

int Date::year() const {
  return static_cast<int>(to_ymd(*this).year());
}
int Date::month() const {
  return static_cast<int>(static_cast<unsigned>(to_ymd(*this).month()));
}
int Date::day() const {
  return static_cast<int>(static_cast<unsigned>(to_ymd(*this).day()));
}
int Date::weekday() const {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const int w = (days_ % 7 + 7 + 3) % 7;
  return w;
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
  return fmt::format("{:04}-{:02}-{:02}", date.year(), date.month(), date.day());
}

Date add_months(Date date, int months) {
  const auto ymd = to_ymd(date);
  const chr::year_month ym = chr::year_month{ymd.year(), ymd.month()} + chr::months{months};
  const chr::day last = chr::year_month_day_last{ym.year(), chr::month_day_last{ym.month()}}.day();
  const chr::day day = ymd.day() < last ? ymd.day() : last;
  return from_sys_days(chr::sys_days{ym / day});
}

Date add_years(Date date, int years) {
  return add_months(date, years * 12);
}

MonthsAndDays months_spanned(Window window) {
  const Date after_end = window.end + 1;
  // Estimate from the calendar fields, then correct by at most one month each way.
  int months =
      (after_end.year() - window.start.year()) * 12 + (after_end.month() - window.start.month());
  if (months < 0) months = 0;
  while (months > 0 && add_months(window.start, months) > after_end)
    --months;
  while (add_months(window.start, months + 1) <= after_end)
    ++months;
  return {months, after_end - add_months(window.start, months)};
}

bool spans_at_least_months(Window window, int months) {
  return window.end + 1 >= add_months(window.start, months);
}

bool spans_at_most_months(Window window, int months) {
  return window.end + 1 <= add_months(window.start, months);
}

}  // namespace plan

#pragma once
// Calendar dates and the month arithmetic of docs/format.md, "Time".

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace plan {

/// A proleptic Gregorian calendar date, stored as days since 1970-01-01.
/// Arithmetic saturates at years -999999 and 999999, so that no duration in a
/// plan, however large, can overflow; such far dates never fall in a window.
class Date {
 public:
  static constexpr std::int32_t kMinDays = -365'961'662;  ///< -999999-01-01
  static constexpr std::int32_t kMaxDays = 364'522'971;   ///< 999999-12-31

  constexpr Date() = default;
  /// The date `days` after 1970-01-01, saturated to [kMinDays, kMaxDays].
  static constexpr Date from_days(std::int64_t days) {
    Date d;
    d.days_ = static_cast<std::int32_t>(days < kMinDays   ? kMinDays
                                        : days > kMaxDays ? kMaxDays
                                                          : days);
    return d;
  }
  /// The date year-month-day, or nothing when it is not on the calendar.
  static std::optional<Date> from_ymd(int year, int month, int day);

  constexpr std::int32_t days() const { return days_; }
  int year() const;
  int month() const;  ///< 1 to 12
  int day() const;    ///< 1 to 31
  /// 0 = Monday ... 6 = Sunday.
  int weekday() const;

  friend constexpr auto operator<=>(Date, Date) = default;
  friend constexpr Date operator+(Date d, std::int64_t days) { return from_days(d.days_ + days); }
  friend constexpr Date operator-(Date d, std::int64_t days) { return from_days(d.days_ - days); }
  friend constexpr int operator-(Date a, Date b) { return a.days_ - b.days_; }

 private:
  std::int32_t days_ = 0;
};

/// Strict `YYYY-MM-DD`: four-digit year, two-digit month and day, on the calendar.
std::optional<Date> parse_date(std::string_view text);
/// `YYYY-MM-DD`.
std::string format_date(Date date);

/// Adds months keeping the day of the month, clamped to the month's last day
/// (2027-08-31 + 6 months = 2028-02-29).
Date add_months(Date date, std::int64_t months);
/// Adds years likewise (2028-02-29 + 1 year = 2029-02-28).
Date add_years(Date date, std::int64_t years);

/// An inclusive window of dates, start <= end.
struct Window {
  Date start;
  Date end;
  bool contains(Date d) const { return start <= d && d <= end; }
};

/// The length of an inclusive window in whole months and the days left over:
/// the largest n with start + n months <= end + 1 day, then the rest in days.
struct MonthsAndDays {
  int months = 0;
  int days = 0;
};
MonthsAndDays months_spanned(Window window);

/// True when [start, end] spans at least `months` months: end + 1 day >= start + months.
bool spans_at_least_months(Window window, std::int64_t months);
/// True when [start, end] spans at most `months` months: end + 1 day <= start + months.
bool spans_at_most_months(Window window, std::int64_t months);

}  // namespace plan

// Dates and the month arithmetic of docs/format.md, "Time".

#include "plan/model/date.hpp"

#include <doctest/doctest.h>

#include <string>

using plan::add_months;
using plan::add_years;
using plan::Date;
using plan::format_date;
using plan::parse_date;
using plan::Window;

namespace {

Date d(std::string_view text) {
  const auto date = parse_date(text);
  REQUIRE_MESSAGE(date, "not a date: " << std::string(text));
  return *date;
}

Window w(std::string_view start, std::string_view end) {
  return Window{d(start), d(end)};
}

std::string months_and_days(Window window) {
  const auto length = plan::months_spanned(window);
  return std::to_string(length.months) + "m" + std::to_string(length.days) + "d";
}

}  // namespace

TEST_CASE("date: parse_date reads YYYY-MM-DD") {
  const auto date = parse_date("2027-03-15");
  REQUIRE(date);
  CHECK(date->year() == 2027);
  CHECK(date->month() == 3);
  CHECK(date->day() == 15);
  CHECK(parse_date("1970-01-01")->days() == 0);
  CHECK(parse_date("1969-12-31")->days() == -1);
  CHECK(parse_date("0001-01-01"));
  CHECK(parse_date("9999-12-31"));
}

TEST_CASE("date: parse_date accepts only real calendar dates") {
  CHECK(parse_date("2028-02-29"));  // divisible by 4
  CHECK(parse_date("2000-02-29"));  // divisible by 400
  CHECK_FALSE(parse_date("2027-02-29"));
  CHECK_FALSE(parse_date("1900-02-29"));  // divisible by 100, not 400
  CHECK_FALSE(parse_date("2027-02-30"));
  CHECK_FALSE(parse_date("2027-04-31"));
  CHECK_FALSE(parse_date("2027-01-32"));
  CHECK_FALSE(parse_date("2027-01-00"));
  CHECK_FALSE(parse_date("2027-00-10"));
  CHECK_FALSE(parse_date("2027-13-01"));
  CHECK(parse_date("2027-12-31"));
}

TEST_CASE("date: parse_date is strict about the form") {
  for (const char* text :
       {"", "2027-3-15", "2027-03-5", "27-03-15", "02027-03-15", " 2027-03-15", "2027-03-15 ",
        "2027/03/15", "20270315", "2027-03-15T00:00", "+027-03-15", "-027-03-15", "2027-+3-15",
        "2027-03-1a", "2027_03_15", "2027-03-15\n", "２０２７-03-15"}) {
    CAPTURE(std::string(text));
    CHECK_FALSE(parse_date(text));
  }
}

TEST_CASE("date: format_date writes YYYY-MM-DD with zero padding") {
  CHECK(format_date(d("2027-03-05")) == "2027-03-05");
  CHECK(format_date(d("0099-01-01")) == "0099-01-01");
  CHECK(format_date(Date::from_days(-1)) == "1969-12-31");
}

TEST_CASE("date: from_ymd rejects dates off the calendar") {
  CHECK(Date::from_ymd(2028, 2, 29));
  CHECK_FALSE(Date::from_ymd(2027, 2, 29));
  CHECK_FALSE(Date::from_ymd(2027, 0, 1));
  CHECK_FALSE(Date::from_ymd(2027, 13, 1));
  CHECK_FALSE(Date::from_ymd(2027, 1, 0));
  CHECK_FALSE(Date::from_ymd(2027, 1, -1));
  CHECK_FALSE(Date::from_ymd(2027, -1, 1));
}

TEST_CASE("date: arithmetic in days and weekdays") {
  CHECK(d("2027-03-01") - d("2027-02-28") == 1);
  CHECK(d("2028-03-01") - d("2028-02-28") == 2);
  CHECK(d("2027-12-31") + 1 == d("2028-01-01"));
  CHECK(d("2027-01-01") - 1 == d("2026-12-31"));
  CHECK(d("2027-03-15").weekday() == 0);  // a Monday
  CHECK(d("2027-03-21").weekday() == 6);  // a Sunday
  CHECK(d("1970-01-01").weekday() == 3);  // a Thursday
  CHECK(d("1969-12-31").weekday() == 2);  // a Wednesday, before the epoch
}

TEST_CASE("date: add_months keeps the day of the month, clamped to the month's end") {
  CHECK(add_months(d("2027-01-15"), 1) == d("2027-02-15"));
  CHECK(add_months(d("2027-08-31"), 6) == d("2028-02-29"));  // docs/format.md's example
  CHECK(add_months(d("2027-01-31"), 1) == d("2027-02-28"));
  CHECK(add_months(d("2028-01-31"), 1) == d("2028-02-29"));
  CHECK(add_months(d("2027-01-31"), 3) == d("2027-04-30"));
  CHECK(add_months(d("2027-05-31"), 1) == d("2027-06-30"));
  CHECK(add_months(d("2027-11-30"), 2) == d("2028-01-30"));
  CHECK(add_months(d("2027-12-31"), 1) == d("2028-01-31"));
  CHECK(add_months(d("2027-01-01"), 18) == d("2028-07-01"));
  CHECK(add_months(d("2027-01-01"), 0) == d("2027-01-01"));
  CHECK(add_months(d("2027-01-15"), -1) == d("2026-12-15"));
  CHECK(add_months(d("2027-03-31"), -1) == d("2027-02-28"));
  CHECK(add_months(d("2027-01-01"), -13) == d("2025-12-01"));
}

TEST_CASE("date: add_years clamps 29 February") {
  CHECK(add_years(d("2028-02-29"), 1) == d("2029-02-28"));  // docs/format.md's example
  CHECK(add_years(d("2028-02-29"), 4) == d("2032-02-29"));
  CHECK(add_years(d("2028-02-29"), 3) == d("2031-02-28"));
  CHECK(add_years(d("2027-01-01"), 3) == d("2030-01-01"));
  CHECK(add_years(d("2027-03-01"), 1) == d("2028-03-01"));
}

TEST_CASE("date: months_spanned counts whole months, then days") {
  CHECK(months_and_days(w("2027-01-01", "2027-12-31")) == "12m0d");
  CHECK(months_and_days(w("2027-01-01", "2027-01-01")) == "0m1d");
  CHECK(months_and_days(w("2027-01-01", "2027-01-31")) == "1m0d");
  CHECK(months_and_days(w("2027-01-01", "2028-08-31")) == "20m0d");
  CHECK(months_and_days(w("2027-01-01", "2028-09-01")) == "20m1d");
  CHECK(months_and_days(w("2027-01-01", "2027-06-29")) == "5m29d");
  CHECK(months_and_days(w("2027-01-31", "2027-02-26")) == "0m27d");
  CHECK(months_and_days(w("2027-01-31", "2027-02-27")) == "1m0d");  // + 1 month = 02-28
  CHECK(months_and_days(w("2027-01-31", "2027-02-28")) == "1m1d");
  CHECK(months_and_days(w("2027-08-31", "2028-02-28")) == "6m0d");
  CHECK(months_and_days(w("2028-02-29", "2029-02-27")) == "12m0d");
  CHECK(months_and_days(w("2027-01-01", "2029-12-30")) == "35m30d");
}

TEST_CASE("date: spans_at_least_months and spans_at_most_months follow docs/format.md") {
  using plan::spans_at_least_months;
  using plan::spans_at_most_months;
  // 12 months exactly.
  CHECK(spans_at_least_months(w("2027-01-01", "2027-12-31"), 12));
  CHECK(spans_at_most_months(w("2027-01-01", "2027-12-31"), 12));
  // A day short, a day over.
  CHECK_FALSE(spans_at_least_months(w("2027-01-01", "2027-12-30"), 12));
  CHECK(spans_at_most_months(w("2027-01-01", "2027-12-30"), 12));
  CHECK(spans_at_least_months(w("2027-01-01", "2028-01-01"), 12));
  CHECK_FALSE(spans_at_most_months(w("2027-01-01", "2028-01-01"), 12));
  // Starting on the 31st: + 6 months is 29 February.
  CHECK(spans_at_least_months(w("2027-08-31", "2028-02-28"), 6));
  CHECK(spans_at_most_months(w("2027-08-31", "2028-02-28"), 6));
  CHECK_FALSE(spans_at_least_months(w("2027-08-31", "2028-02-27"), 6));
  CHECK_FALSE(spans_at_most_months(w("2027-08-31", "2028-02-29"), 6));
  // Starting on 29 February: + 1 year is 28 February.
  CHECK(spans_at_least_months(w("2028-02-29", "2029-02-27"), 12));
  CHECK_FALSE(spans_at_least_months(w("2028-02-29", "2029-02-26"), 12));
  CHECK_FALSE(spans_at_most_months(w("2028-02-29", "2029-02-28"), 12));
}

TEST_CASE("date: a window contains both its ends") {
  const Window window = w("2027-01-01", "2027-12-31");
  CHECK(window.contains(d("2027-01-01")));
  CHECK(window.contains(d("2027-12-31")));
  CHECK_FALSE(window.contains(d("2026-12-31")));
  CHECK_FALSE(window.contains(d("2028-01-01")));
}

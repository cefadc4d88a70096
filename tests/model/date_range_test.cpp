// Dates far outside any plan: arithmetic saturates instead of overflowing, and
// huge durations or policy limits give sensible findings (no undefined behaviour;
// the sanitizer build runs these too).

#include <doctest/doctest.h>

#include "plan/model/date.hpp"
#include "support/test_support.hpp"

using namespace plan;
using namespace plan::test;

TEST_CASE("date range: arithmetic saturates at the ends of Date's range") {
  const Date d = *parse_date("2027-03-15");
  CHECK(d + INT64_MAX / 2 == Date::from_days(Date::kMaxDays));
  CHECK(d - INT64_MAX / 2 == Date::from_days(Date::kMinDays));
  CHECK(format_date(Date::from_days(Date::kMaxDays)) == "999999-12-31");
  CHECK(format_date(Date::from_days(Date::kMinDays)) == "-999999-01-01");
  CHECK(add_months(d, INT64_MAX) == Date::from_days(Date::kMaxDays));
  CHECK(add_years(d, -INT64_MAX) == Date::from_days(Date::kMinDays));
  CHECK(format_date(d + 99999999) == "275817-11-25");
  CHECK(format_date(add_years(*parse_date("2028-02-29"), 1001)) == "3029-02-28");
}

TEST_CASE("date range: a window reaching the end of the range still measures") {
  const Window w{*parse_date("2027-01-01"), Date::from_days(Date::kMaxDays)};
  const MonthsAndDays length = months_spanned(w);
  CHECK(length.months > 11'000'000);
  CHECK(spans_at_least_months(w, 18));
  CHECK_FALSE(spans_at_most_months(w, 18));
}

TEST_CASE("date range: a huge `within` derives a far due date outside the window") {
  const auto c = check_yaml(replace_once(kValidPlan, "within: 5d", "within: 306783378w"));
  CHECK(c.summary() == std::vector<std::string>{"tactic-outside-window@67:15"});
  REQUIRE(c.of("tactic-outside-window").size() == 1);
  CHECK(c.of("tactic-outside-window")[0]->message ==
        "tactic `contact` is due on 999999-12-31 (from `after` + `within`), after the tactical "
        "plan's window (2027-01-01 to 2027-12-31)");
}

TEST_CASE("date range: huge policy limits do not overflow") {
  const auto years = check_yaml(kValidPlan + "policy: {strategy_years: {max: 999999999}}\n");
  CHECK(years.summary() == std::vector<std::string>{});
  const auto months = check_yaml(kValidPlan + "policy: {tactical_months: {max: 2147483647}}\n");
  CHECK(months.summary() == std::vector<std::string>{});
  const auto too_long =
      check_yaml(kValidPlan + "policy: {tactical_months: {min: 2147483647, max: 2147483647}}\n");
  CHECK(too_long.rules() == std::vector<std::string>{"tactical-horizon"});
}

// strategy-horizon: the strategy window spans policy.strategy_years (default 3
// to 5) years, add_years deciding the boundaries.

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

namespace {

Checked strategy(std::string start, std::string end, std::string policy = "") {
  Windows w;
  w.strategy_start = std::move(start);
  w.strategy_end = std::move(end);
  w.tactical_start = *w.strategy_start;
  w.tactical_end = plan::format_date(*plan::parse_date(*w.strategy_start) + 300);
  w.policy = std::move(policy);
  return check_yaml(window_plan(w));
}

}  // namespace

TEST_CASE("strategy-horizon: a strategy a day short of 3 years") {
  const auto c = strategy("2027-01-01", "2029-12-30");
  const auto& f = only(c, "strategy-horizon");
  CHECK(f.severity == plan::Severity::error);
  CHECK(c.at(f) == plan::Position{6, 8});
  CHECK(c.where(f).end == plan::Position{6, 18});
  CHECK(f.message ==
        "the strategy spans 2 years, 11 months and 30 days; it must span 3 to 5 years");
  CHECK(all(c) == "strategy-horizon@6:8");
}

TEST_CASE("strategy-horizon: near miss, exactly 3 years") {
  const auto c = strategy("2027-01-01", "2029-12-31");
  CHECK(all(c) == "");
}

TEST_CASE("strategy-horizon: exactly 5 years passes, 5 years and a day does not") {
  CHECK(all(strategy("2027-01-01", "2031-12-31")) == "");
  const auto c = strategy("2027-01-01", "2032-01-01");
  CHECK(all(c) == "strategy-horizon@6:8");
  CHECK(only(c, "strategy-horizon").message ==
        "the strategy spans 5 years and 1 day; it must span 3 to 5 years");
}

TEST_CASE("strategy-horizon: a strategy starting on 29 February") {
  // 2028-02-29 + 3 years = 2031-02-28 and + 5 years = 2033-02-28 (clamped).
  CHECK(all(strategy("2028-02-29", "2031-02-27")) == "");
  const auto short_one = strategy("2028-02-29", "2031-02-26");
  CHECK(all(short_one) == "strategy-horizon@6:8");
  CHECK(only(short_one, "strategy-horizon").message ==
        "the strategy spans 2 years, 11 months and 29 days; it must span 3 to 5 years");
  CHECK(all(strategy("2028-02-29", "2033-02-27")) == "");
  const auto long_one = strategy("2028-02-29", "2033-02-28");
  CHECK(all(long_one) == "strategy-horizon@6:8");
  CHECK(only(long_one, "strategy-horizon").message ==
        "the strategy spans 5 years and 1 day; it must span 3 to 5 years");
}

TEST_CASE("strategy-horizon: a strategy starting on the 31st") {
  // 2027-08-31 + 3 years = 2030-08-31; 2027-08-31 + 35 months = 2030-07-31.
  CHECK(all(strategy("2027-08-31", "2030-08-30")) == "");
  const auto c = strategy("2027-08-31", "2030-08-29");
  CHECK(only(c, "strategy-horizon").message ==
        "the strategy spans 2 years, 11 months and 30 days; it must span 3 to 5 years");
}

TEST_CASE("strategy-horizon: without `start` the strategy starts with the tactical plan") {
  Windows w;
  w.strategy_start.reset();
  w.strategy_end = "2029-12-31";
  CHECK(all(check_yaml(window_plan(w))) == "");
  w.strategy_end = "2029-12-30";
  const auto c = check_yaml(window_plan(w));
  CHECK(all(c) == "strategy-horizon@5:8");
  CHECK(only(c, "strategy-horizon").message ==
        "the strategy spans 2 years, 11 months and 30 days; it must span 3 to 5 years");
}

TEST_CASE("strategy-horizon: policy.strategy_years changes the limits") {
  const std::string two_to_four = "policy:\n  strategy_years: {min: 2, max: 4}\n";
  CHECK(all(strategy("2027-01-01", "2029-12-30", two_to_four)) == "");
  CHECK(all(strategy("2027-01-01", "2028-12-31", two_to_four)) == "");
  CHECK(all(strategy("2027-01-01", "2030-12-31", two_to_four)) == "");
  const auto c = strategy("2027-01-01", "2031-12-31", two_to_four);
  CHECK(all(c) == "strategy-horizon@6:8");
  CHECK(only(c, "strategy-horizon").message ==
        "the strategy spans 5 years; it must span 2 to 4 years");
}

TEST_CASE("strategy-horizon: a policy limit given alone keeps the other default") {
  const auto min_only =
      strategy("2027-01-01", "2029-12-31", "policy:\n  strategy_years: {min: 4}\n");
  CHECK(only(min_only, "strategy-horizon").message ==
        "the strategy spans 3 years; it must span 4 to 5 years");
  const auto max_only =
      strategy("2027-01-01", "2031-12-31", "policy:\n  strategy_years: {max: 4}\n");
  CHECK(only(max_only, "strategy-horizon").message ==
        "the strategy spans 5 years; it must span 3 to 4 years");
  const auto exact =
      strategy("2027-01-01", "2029-12-31", "policy:\n  strategy_years: {min: 4, max: 4}\n");
  CHECK(only(exact, "strategy-horizon").message ==
        "the strategy spans 3 years; it must span exactly 4 years");
}

TEST_CASE("strategy-horizon: an invalid policy falls back to the defaults") {
  const auto c =
      strategy("2027-01-01", "2029-12-30", "policy:\n  strategy_years: {min: 5, max: 2}\n");
  CHECK(positions(c, "strategy-horizon") == "strategy-horizon@6:8");
  CHECK(only(c, "strategy-horizon").message ==
        "the strategy spans 2 years, 11 months and 30 days; it must span 3 to 5 years");
  CHECK(positions(c, "invalid-value") == "invalid-value@23:33");
}

TEST_CASE("strategy-horizon: an unknown start or end is not replaced by a default") {
  Windows w;
  w.strategy_start = "2027-02-30";  // invalid; not the tactical plan's start
  w.strategy_end = "2028-12-31";
  CHECK(all(check_yaml(window_plan(w))) == "invalid-date@5:10");
  w.strategy_start = "2027-01-01";
  w.strategy_end = "2028-13-31";
  CHECK(all(check_yaml(window_plan(w))) == "invalid-date@6:8");
}

// tactical-outside-strategy: the tactical window lies inside the strategy
// window; one finding per date outside, at that date.

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

namespace {

Checked windows(std::string strategy_start, std::string strategy_end, std::string tactical_start,
                std::string tactical_end, std::string policy = "") {
  Windows w;
  w.strategy_start = std::move(strategy_start);
  w.strategy_end = std::move(strategy_end);
  w.tactical_start = std::move(tactical_start);
  w.tactical_end = std::move(tactical_end);
  w.policy = std::move(policy);
  return check_yaml(window_plan(w));
}

}  // namespace

TEST_CASE("tactical-outside-strategy: the tactical plan starts before the strategy") {
  const auto c = windows("2027-02-01", "2030-12-31", "2027-01-01", "2027-12-31");
  const auto& f = only(c, "tactical-outside-strategy");
  CHECK(f.severity == plan::Severity::error);
  CHECK(c.at(f) == plan::Position{18, 10});
  CHECK(c.where(f).end == plan::Position{18, 20});
  CHECK(f.message ==
        "the tactical plan starts on 2027-01-01, before the strategy starts (2027-02-01 to "
        "2030-12-31)");
  CHECK(all(c) == "tactical-outside-strategy@18:10");
}

TEST_CASE("tactical-outside-strategy: the tactical plan ends after the strategy") {
  const auto c = windows("2024-01-01", "2027-06-30", "2027-01-01", "2027-12-31");
  CHECK(all(c) == "tactical-outside-strategy@19:8");
  CHECK(only(c, "tactical-outside-strategy").message ==
        "the tactical plan ends on 2027-12-31, after the strategy ends (2024-01-01 to "
        "2027-06-30)");
}

TEST_CASE("tactical-outside-strategy: near miss, the windows share both ends' days") {
  CHECK(all(windows("2027-01-01", "2029-12-31", "2027-01-01", "2027-12-31")) == "");
  CHECK(all(windows("2027-01-01", "2029-12-31", "2029-01-01", "2029-12-31")) == "");
}

TEST_CASE("tactical-outside-strategy: one finding per date outside") {
  const std::string long_tactics = "policy:\n  tactical_months: {max: 48}\n";
  const auto around = windows("2027-01-01", "2029-12-31", "2026-12-01", "2030-01-31", long_tactics);
  CHECK(all(around) == "tactical-outside-strategy@18:10 tactical-outside-strategy@19:8");
  const auto before = windows("2028-01-01", "2030-12-31", "2027-01-01", "2027-12-31");
  CHECK(all(before) == "tactical-outside-strategy@18:10 tactical-outside-strategy@19:8");
  CHECK(before.of("tactical-outside-strategy")[1]->message ==
        "the tactical plan ends on 2027-12-31, before the strategy starts (2028-01-01 to "
        "2030-12-31)");
}

TEST_CASE("tactical-outside-strategy: a strategy without `start` starts with the tactical plan") {
  Windows w;
  w.strategy_start.reset();
  w.strategy_end = "2029-12-31";
  CHECK(all(check_yaml(window_plan(w))) == "");
}

TEST_CASE("tactical-outside-strategy: an unknown date is not compared") {
  CHECK(all(windows("2028-01-01", "2030-12-31", "2027-01-01", "2027-12-32")) ==
        "invalid-date@19:8");
  CHECK(all(windows("2028-01-32", "2030-12-31", "2027-01-01", "2027-12-31")) ==
        "invalid-date@5:10");
}

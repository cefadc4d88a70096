// goal-outside-strategy: a goal's due date outside the strategy window.

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

namespace {

const std::string kRevenueDue = "actual: 4100000\n      due: 2030-12-31";
const std::string kClientsDue = "target: 10\n      due: 2030-12-31";

}  // namespace

TEST_CASE("goal-outside-strategy: a goal due after the strategy ends") {
  const auto c =
      check_yaml(replace_once(kValidPlan, kRevenueDue, "actual: 4100000\n      due: 2031-01-01"));
  const auto& f = only(c, "goal-outside-strategy");
  CHECK(f.severity == plan::Severity::error);
  CHECK(c.at(f) == plan::Position{12, 12});
  CHECK(c.where(f).end == plan::Position{12, 22});
  CHECK(f.message ==
        "goal `revenue` is due on 2031-01-01, after the strategy's window (2027-01-01 to "
        "2030-12-31)");
  CHECK(all(c) == "goal-outside-strategy@12:12");
}

TEST_CASE("goal-outside-strategy: a goal due before the strategy starts") {
  const auto c =
      check_yaml(replace_once(kValidPlan, kClientsDue, "target: 10\n      due: 2026-12-31"));
  CHECK(all(c) == "goal-outside-strategy@16:12");
  CHECK(only(c, "goal-outside-strategy").message ==
        "goal `clients` is due on 2026-12-31, before the strategy's window (2027-01-01 to "
        "2030-12-31)");
}

TEST_CASE("goal-outside-strategy: near miss, goals due on the window's ends or with no due date") {
  CHECK(all(check_yaml(
            replace_once(kValidPlan, kClientsDue, "target: 10\n      due: 2027-01-01"))) == "");
  CHECK(all(check_yaml(replace_once(kValidPlan, kClientsDue, "target: 10"))) == "");
}

TEST_CASE("goal-outside-strategy: one finding per goal") {
  auto yaml = replace_once(kValidPlan, kRevenueDue, "actual: 4100000\n      due: 2031-01-01");
  yaml = replace_once(yaml, kClientsDue, "target: 10\n      due: 2026-01-01");
  CHECK(all(check_yaml(yaml)) == "goal-outside-strategy@12:12 goal-outside-strategy@16:12");
}

TEST_CASE("goal-outside-strategy: without `start` the window starts with the tactical plan") {
  auto yaml =
      replace_once(kValidPlan, "  start: 2027-01-01\n  end: 2030-12-31", "  end: 2030-12-31");
  yaml = replace_once(yaml, kClientsDue, "target: 10\n      due: 2026-12-31");
  const auto c = check_yaml(yaml);
  CHECK(all(c) == "goal-outside-strategy@15:12");
}

TEST_CASE("goal-outside-strategy: an invalid due date is not compared") {
  const auto c =
      check_yaml(replace_once(kValidPlan, kClientsDue, "target: 10\n      due: 2031-02-29"));
  CHECK(all(c) == "invalid-date@16:12");
}

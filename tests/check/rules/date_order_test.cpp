// date-order: a start after its end or due date.

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

TEST_CASE("the valid plan has no findings") {
  const auto c = check_yaml(kValidPlan);
  CHECK(c.summary() == std::vector<std::string>{});
}

TEST_CASE("date-order: a tactic due before it starts") {
  const auto c = check_yaml(replace_once(kValidPlan, "due: 2027-01-29", "due: 2027-01-03"));
  const auto found = c.of("date-order");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->severity == plan::Severity::error);
  CHECK(c.at(*found[0]) == plan::Position{51, 12});
  CHECK(c.where(*found[0]).end == plan::Position{51, 22});
  CHECK(found[0]->message ==
        "tactic `workshop` is due on 2027-01-03 before it starts on 2027-01-04; swap the dates or "
        "fix one");
}

TEST_CASE("date-order: near miss, a tactic due the day it starts") {
  const auto c = check_yaml(replace_once(kValidPlan, "due: 2027-01-29", "due: 2027-01-04"));
  CHECK(c.of("date-order").empty());
}

TEST_CASE("date-order: the strategy ends before it starts, the rules using its window are silent") {
  const auto c = check_yaml(replace_once(kValidPlan, "  start: 2027-01-01\n  end: 2030-12-31",
                                         "  start: 2031-01-01\n  end: 2030-12-31"));
  const auto& f = only(c, "date-order");
  CHECK(f.severity == plan::Severity::error);
  CHECK(c.at(f) == plan::Position{6, 8});
  CHECK(
      f.message ==
      "the strategy ends on 2030-12-31 before it starts on 2031-01-01; swap the dates or fix one");
  // Not strategy-horizon, tactical-outside-strategy or goal-outside-strategy.
  CHECK(all(c) == "date-order@6:8");
}

TEST_CASE(
    "date-order: the tactical plan ends before it starts, the rules using its window are "
    "silent") {
  const auto c = check_yaml(replace_once(kValidPlan, "  start: 2027-01-01\n  end: 2027-12-31",
                                         "  start: 2028-01-01\n  end: 2027-12-31"));
  const auto& f = only(c, "date-order");
  CHECK(c.at(f) == plan::Position{44, 8});
  CHECK(f.message ==
        "the tactical plan ends on 2027-12-31 before it starts on 2028-01-01; swap the dates or "
        "fix one");
  // Not tactical-horizon, tactical-outside-strategy or tactic-outside-window.
  CHECK(all(c) == "date-order@44:8");
}

TEST_CASE(
    "date-order: a strategy without `start` that ends before the tactical plan starts is "
    "strategy-horizon") {
  const auto c = check_yaml(
      replace_once(kValidPlan, "  start: 2027-01-01\n  end: 2030-12-31", "  end: 2026-12-31"));
  CHECK(c.of("date-order").empty());
  const auto& f = only(c, "strategy-horizon");
  CHECK(f.severity == plan::Severity::error);
  CHECK(f.message ==
        "the strategy ends on 2026-12-31, before it starts with the tactical plan on 2027-01-01; "
        "it must span 3 to 5 years");
  // The goals due in 2030 and the tactical plan are not compared with the broken window.
  CHECK(all(c) == "strategy-horizon@5:8");
}

TEST_CASE("date-order: a derived due date is not compared with the start") {
  // `contact` is due 2027-04-05 from `after` + `within`, before this start.
  const auto c = check_yaml(replace_once(kValidPlan, "      assignee: Ana Ruiz\n",
                                         "      assignee: Ana Ruiz\n      start: 2027-05-01\n"));
  CHECK(all(c) == "");
}

TEST_CASE("date-order: an invalid date is not compared") {
  const auto c = check_yaml(replace_once(kValidPlan, "start: 2027-01-04", "start: 2027-02-30"));
  CHECK(all(c) == "invalid-date@50:14");
}

TEST_CASE("date-order: a dropped tactic is still checked") {
  auto yaml = replace_once(kValidPlan, "due: 2027-01-29", "due: 2027-01-03");
  yaml = replace_once(yaml, "status: done\n      done_on: 2027-01-28\n", "status: dropped\n");
  const auto c = check_yaml(yaml);
  // `ceo` owned only the dropped tactic.
  CHECK(all(c) == "idle-role@35:9 date-order@51:12");
}

TEST_CASE("date-order: one finding per window and tactic") {
  auto yaml = replace_once(kValidPlan, "due: 2027-01-29", "due: 2027-01-03");
  yaml = replace_once(yaml, "  start: 2027-01-01\n  end: 2030-12-31",
                      "  start: 2031-01-01\n  end: 2030-12-31");
  yaml = replace_once(yaml, "      due: 2027-03-31\n",
                      "      start: 2027-04-01\n      due: 2027-03-31\n");
  const auto c = check_yaml(yaml);
  CHECK(all(c) == "date-order@6:8 date-order@51:12 date-order@60:12");
}

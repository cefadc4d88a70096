// tactic-outside-window: a tactic's start or (derived) due date outside the
// tactical window; one finding per date, at `within` for a derived due date.

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

TEST_CASE("tactic-outside-window: a tactic starting before the window") {
  const auto c = check_yaml(replace_once(kValidPlan, "start: 2027-01-04", "start: 2026-12-31"));
  const auto& f = only(c, "tactic-outside-window");
  CHECK(f.severity == plan::Severity::error);
  CHECK(c.at(f) == plan::Position{50, 14});
  CHECK(c.where(f).end == plan::Position{50, 24});
  CHECK(f.message ==
        "tactic `workshop` starts on 2026-12-31, before the tactical plan's window (2027-01-01 to "
        "2027-12-31)");
  CHECK(all(c) == "tactic-outside-window@50:14");
}

TEST_CASE("tactic-outside-window: near miss, a start and a due date on the window's ends") {
  auto yaml = replace_once(kValidPlan, "start: 2027-01-04", "start: 2027-01-01");
  yaml = replace_once(yaml, "due: 2027-03-31", "due: 2027-12-31");
  yaml = replace_once(yaml, "within: 5d", "within: 0d");
  CHECK(all(check_yaml(yaml)) == "");
}

TEST_CASE("tactic-outside-window: an explicit due date after the window, and one derived from it") {
  const auto c = check_yaml(replace_once(kValidPlan, "due: 2027-03-31", "due: 2028-01-01"));
  CHECK(all(c) == "tactic-outside-window@59:12 tactic-outside-window@67:15");
  const auto found = c.of("tactic-outside-window");
  CHECK(found[0]->message ==
        "tactic `dossiers` is due on 2028-01-01, after the tactical plan's window (2027-01-01 to "
        "2027-12-31)");
  CHECK(found[1]->message ==
        "tactic `contact` is due on 2028-01-06 (from `after` + `within`), after the tactical "
        "plan's window (2027-01-01 to 2027-12-31)");
}

TEST_CASE("tactic-outside-window: a derived due date outside points at `within`") {
  const auto c = check_yaml(replace_once(kValidPlan, "due: 2027-03-31", "due: 2027-12-30"));
  const auto& f = only(c, "tactic-outside-window");
  CHECK(c.at(f) == plan::Position{67, 15});
  CHECK(c.where(f).end == plan::Position{67, 17});
  CHECK(all(c) == "tactic-outside-window@67:15");
}

TEST_CASE("tactic-outside-window: one finding per date outside") {
  auto yaml = replace_once(kValidPlan, "start: 2027-01-04", "start: 2026-12-01");
  yaml = replace_once(yaml, "due: 2027-01-29", "due: 2028-02-01");
  const auto c = check_yaml(yaml);
  CHECK(all(c) == "tactic-outside-window@50:14 tactic-outside-window@51:12");
}

TEST_CASE("tactic-outside-window: a dropped tactic is still checked") {
  auto yaml = replace_once(kValidPlan, "due: 2027-03-31", "due: 2028-01-01");
  yaml = replace_once(yaml, "      supports: clients\n",
                      "      supports: clients\n      status: dropped\n");
  // `clients` is still supported by `contact`.
  const auto c = check_yaml(yaml);
  CHECK(all(c) == "tactic-outside-window@59:12 tactic-outside-window@68:15");
}

TEST_CASE("tactic-outside-window: silent when the window is unknown") {
  auto yaml = replace_once(kValidPlan, "start: 2027-01-04", "start: 2026-12-31");
  yaml = replace_once(yaml, "  end: 2027-12-31", "  end: 2027-12-32");
  CHECK(all(check_yaml(yaml)) == "invalid-date@44:8");
}

// overdue: due date before the as-of date, status not done or dropped. Silent
// when the as-of date is unknown.

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

TEST_CASE("overdue: a tactic past its due date") {
  const auto c = check_yaml(kValidPlan, "2027-04-01");
  const auto& f = only(c, "overdue");
  CHECK(f.severity == plan::Severity::warning);
  CHECK(c.at(f) == plan::Position{59, 12});
  CHECK(c.where(f).end == plan::Position{59, 22});
  CHECK(f.message ==
        "tactic `dossiers` was due on 2027-03-31, 1 day before 2027-04-01, and is not done; mark "
        "it `status: done` or move its due date");
  CHECK(all(c) == "overdue@59:12");
}

TEST_CASE("overdue: near miss, due on the as-of date") {
  CHECK(all(check_yaml(kValidPlan, "2027-03-31")) == "");
}

TEST_CASE("overdue: a derived due date is pointed at by `within`") {
  const auto c = check_yaml(kValidPlan, "2027-04-07");
  CHECK(all(c) == "overdue@59:12 overdue@67:15");
  CHECK(c.of("overdue")[1]->message ==
        "tactic `contact` was due on 2027-04-05, 2 days before 2027-04-07, and is not done; mark "
        "it `status: done` or move its due date");
}

TEST_CASE("overdue: done and dropped tactics are never overdue, others are") {
  const std::string status = "      supports: clients\n";
  SUBCASE("done, even without done_on") {
    const auto c =
        check_yaml(replace_once(kValidPlan, status, status + "      status: done\n"), "2027-04-01");
    CHECK(all(c) == "");
  }
  SUBCASE("dropped") {
    const auto c = check_yaml(replace_once(kValidPlan, status, status + "      status: dropped\n"),
                              "2027-04-01");
    CHECK(all(c) == "");
  }
  for (const char* state : {"todo", "doing", "blocked"}) {
    CAPTURE(state);
    const auto c = check_yaml(
        replace_once(kValidPlan, status, status + "      status: " + state + "\n"), "2027-04-01");
    CHECK(all(c) == "overdue@59:12");
  }
}

TEST_CASE("overdue: --as-of overrides the plan's as_of") {
  CHECK(all(check_yaml(kValidPlan)) == "");
  CHECK(all(check_yaml(kValidPlan, "2027-04-01")) == "overdue@59:12");
  const auto later = check_yaml(replace_once(kValidPlan, "as_of: 2027-03-15", "as_of: 2027-04-01"));
  CHECK(all(later) == "overdue@59:12");
}

TEST_CASE("overdue: silent when the plan's as_of is invalid, unless --as-of is given") {
  const auto yaml = replace_once(kValidPlan, "as_of: 2027-03-15", "as_of: 2027-13-01");
  // Every tactic but `workshop` (done) would be overdue on any date after 2027-04-05.
  CHECK(all(check_yaml(yaml)) == "invalid-date@2:8");
  CHECK(all(check_yaml(yaml, "2027-04-07")) == "invalid-date@2:8 overdue@59:12 overdue@67:15");
}

TEST_CASE("overdue: silent for a tactic with an unknown due date") {
  const auto c =
      check_yaml(replace_once(kValidPlan, "due: 2027-03-31", "due: 2027-03-32"), "2027-12-01");
  // `contact` counts from `dossiers`, so its due date is unknown too.
  CHECK(all(c) == "invalid-date@59:12 stalled-deal@78:12");
}

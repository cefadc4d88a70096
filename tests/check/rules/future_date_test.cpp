// future-date: a `done_on`, a deal's `since` or `closed_on` after the as-of
// date (kValidPlan: as of 2027-03-15; workshop's done_on on line 55, the
// deal's since on line 78).

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

TEST_CASE("future-date: a done_on after the as-of date") {
  const auto c = check_yaml(replace_once(kValidPlan, "done_on: 2027-01-28", "done_on: 2027-03-16"));
  const auto& f = only(c, "future-date");
  CHECK(f.severity == plan::Severity::warning);
  CHECK(positions(c, "future-date") == "future-date@55:16");
  CHECK(f.message ==
        "tactic `workshop`'s `done_on` is 2027-03-16, after the as-of date 2027-03-15: what "
        "happened cannot be later than today; correct the date, or remove it until it happens");
}

TEST_CASE("future-date: a deal's since and closed_on after the as-of date") {
  const auto c = check_yaml(replace_once(kValidPlan, "    since: 2027-03-01\n",
                                         "    since: 2027-04-01\n    outcome: lost\n"
                                         "    closed_on: 2027-04-02\n"));
  CHECK(positions(c, "future-date") == "future-date@78:12 future-date@80:16");
  CHECK(c.of("future-date")[1]->message.starts_with(
      "deal `globex`'s `closed_on` is 2027-04-02, after the as-of date 2027-03-15"));
}

TEST_CASE("future-date: near miss, dates on the as-of date") {
  const auto c = check_yaml(
      replace_once(replace_once(kValidPlan, "done_on: 2027-01-28", "done_on: 2027-03-15"),
                   "    since: 2027-03-01\n",
                   "    since: 2027-03-15\n    outcome: won\n    closed_on: 2027-03-15\n"));
  CHECK(c.of("future-date").empty());
}

TEST_CASE("future-date: silent without an as-of date, and turned off by policy.rules") {
  const auto later = replace_once(kValidPlan, "done_on: 2027-01-28", "done_on: 2027-03-16");
  CHECK(check_yaml(replace_once(later, "as_of: 2027-03-15", "as_of: soon"))
            .of("future-date")
            .empty());
  CHECK(check_yaml(later + "policy:\n  rules:\n    future-date: off\n").of("future-date").empty());
}

// stalled-deal: as-of date - since > the stage's max_days. Silent when the
// as-of date is unknown.

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

TEST_CASE("stalled-deal: a deal past its stage's max_days") {
  // `globex` entered `proof` (max_days: 45) on 2027-03-01.
  const auto c = check_yaml(kValidPlan, "2027-04-16");
  const auto& f = only(c, "stalled-deal");
  CHECK(f.severity == plan::Severity::warning);
  CHECK(c.at(f) == plan::Position{78, 12});
  CHECK(c.where(f).end == plan::Position{78, 22});
  CHECK(f.message ==
        "deal `globex` has been in stage `proof` for 46 days since 2027-03-01, more than its 45 "
        "(`max_days`); move it on or close it out");
  CHECK(positions(c, "stalled-deal") == "stalled-deal@78:12");
}

TEST_CASE("stalled-deal: near miss, exactly max_days is not stalled") {
  CHECK(check_yaml(kValidPlan, "2027-04-15").of("stalled-deal").empty());
}

TEST_CASE("stalled-deal: a stage without max_days never stalls") {
  const auto c = check_yaml(replace_once(kValidPlan, "    stage: proof\n", "    stage: close\n"),
                            "2030-01-01");
  CHECK(c.of("stalled-deal").empty());
}

TEST_CASE("stalled-deal: a deal without since, or since after the as-of date") {
  CHECK(check_yaml(replace_once(kValidPlan, "    since: 2027-03-01\n", ""), "2030-01-01")
            .of("stalled-deal")
            .empty());
  CHECK(check_yaml(replace_once(kValidPlan, "since: 2027-03-01", "since: 2027-06-01"))
            .of("stalled-deal")
            .empty());
}

TEST_CASE("stalled-deal: silent when the plan's as_of is invalid, unless --as-of is given") {
  const auto yaml = replace_once(kValidPlan, "as_of: 2027-03-15", "as_of: 15 March 2027");
  CHECK(all(check_yaml(yaml)) == "invalid-date@2:8");
  const auto c = check_yaml(yaml, "2027-04-16");
  CHECK(positions(c, "stalled-deal") == "stalled-deal@78:12");
}

TEST_CASE("stalled-deal: each deal is checked against its own stage") {
  const auto c = check_yaml(kValidPlan + R"(  - id: initech
    name: Initech
    value: 1000
    stage: qualify
    since: 2027-03-15
)",
                            "2027-04-15");
  // 31 days in `qualify` (max_days: 30); 45 in `proof` (max_days: 45).
  CHECK(positions(c, "stalled-deal") == "stalled-deal@83:12");
  CHECK(only(c, "stalled-deal").message ==
        "deal `initech` has been in stage `qualify` for 31 days since 2027-03-15, more than its 30 "
        "(`max_days`); move it on or close it out");
}

TEST_CASE("stalled-deal: a closed deal is not stalled") {
  CHECK(check_yaml(replace_once(kValidPlan, "    since: 2027-03-01\n",
                                "    since: 2027-03-01\n    outcome: won\n    closed_on: "
                                "2027-03-10\n"),
                   "2027-04-16")
            .of("stalled-deal")
            .empty());
}

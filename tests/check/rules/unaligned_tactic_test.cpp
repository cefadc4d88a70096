// unaligned-tactic: a tactic that supports no goal.

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

TEST_CASE("unaligned-tactic: a tactic that supports no goal") {
  const auto c = check_yaml(replace_once(kValidPlan, "      supports: [revenue]\n", ""));
  const auto& f = only(c, "unaligned-tactic");
  CHECK(f.severity == plan::Severity::warning);
  CHECK(c.at(f) == plan::Position{46, 11});
  CHECK(f.message ==
        "tactic `workshop` supports no goal; add `supports: [goal-id]` to tie it to the strategy");
  CHECK(all(c) == "unaligned-tactic@46:11");
}

TEST_CASE("unaligned-tactic: near miss, one goal given as a single value") {
  const auto c = check_yaml(replace_once(kValidPlan, "supports: [revenue]", "supports: revenue"));
  CHECK(all(c) == "");
}

TEST_CASE("unaligned-tactic: supports with no value is absent") {
  const auto c = check_yaml(replace_once(kValidPlan, "supports: [revenue]", "supports:"));
  CHECK(all(c) == "unaligned-tactic@46:11");
}

TEST_CASE("unaligned-tactic: only goals that resolve count") {
  const auto c =
      check_yaml(replace_once(kValidPlan, "supports: [revenue]", "supports: [nothing, nowhere]"));
  CHECK(all(c) == "unaligned-tactic@46:11 unknown-reference@52:18 unknown-reference@52:27");
}

TEST_CASE("unaligned-tactic: a dropped tactic draws no warning") {
  auto yaml = replace_once(kValidPlan, "      supports: [revenue]\n", "");
  yaml = replace_once(yaml, "status: done\n      done_on: 2027-01-28\n", "status: dropped\n");
  // Dropped, `workshop` owns nothing either.
  CHECK(all(check_yaml(yaml)) == "idle-role@35:9");
}

TEST_CASE("unaligned-tactic: silent when there are no goals to support") {
  const std::string goals = R"(  goals:
    - id: revenue
      name: Annual revenue of $12M
      target: 12000000
      actual: 4100000
      due: 2030-12-31
    - id: clients
      name: Ten whale clients
      target: 10
      due: 2030-12-31
)";
  auto yaml = replace_once(kValidPlan, goals, "  goals: {revenue: 1}\n");
  yaml = replace_once(yaml, "      supports: [revenue]\n", "");
  CHECK(all(check_yaml(yaml)) == "invalid-value@7:3");
}

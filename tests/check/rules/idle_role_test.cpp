// idle-role: a role that owns no tactic and no deal.

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

namespace {

const std::string kNewRole = "  - id: closer\n    name: Closer\ntactical_plan:\n";
const std::string kDealOwner = "    owner: salesperson\n    assignee: Bo Chen\n";

}  // namespace

TEST_CASE("idle-role: a role that owns nothing") {
  const auto c = check_yaml(replace_once(kValidPlan, "tactical_plan:\n", kNewRole));
  const auto& f = only(c, "idle-role");
  CHECK(f.severity == plan::Severity::warning);
  CHECK(c.at(f) == plan::Position{41, 9});
  CHECK(c.where(f).end == plan::Position{41, 15});
  CHECK(
      f.message ==
      "role `closer` owns no tactic and no deal; give it a tactic (`owner: closer`) or remove it");
  CHECK(all(c) == "idle-role@41:9");
}

TEST_CASE("idle-role: near miss, a role that owns only a deal") {
  auto yaml = replace_once(kValidPlan, "tactical_plan:\n", kNewRole);
  yaml = replace_once(yaml, kDealOwner, "    owner: closer\n");
  CHECK(all(check_yaml(yaml)) == "");
}

TEST_CASE("idle-role: a dropped tactic owns nothing") {
  auto yaml =
      replace_once(kValidPlan, "status: done\n      done_on: 2027-01-28\n", "status: dropped\n");
  // `revenue` is still supported by `contact`.
  CHECK(all(check_yaml(yaml)) == "idle-role@35:9");
}

TEST_CASE("idle-role: an owner that does not resolve owns nothing") {
  const auto c = check_yaml(replace_once(kValidPlan, kDealOwner, "    owner: nobody\n"));
  // `salesperson` still owns tactics; the deal's owner is unknown.
  CHECK(all(c) == "unknown-reference@76:12");
  auto yaml = replace_once(kValidPlan, "tactical_plan:\n", kNewRole);
  yaml = replace_once(yaml, kDealOwner, "    owner: closr\n");
  CHECK(all(check_yaml(yaml)) == "idle-role@41:9 unknown-reference@78:12");
}

TEST_CASE("idle-role: a role without an id is pointed at by its first key") {
  const auto c = check_yaml(
      replace_once(kValidPlan, "tactical_plan:\n", "  - name: Nameless\ntactical_plan:\n"));
  CHECK(all(c) == "missing-field@41:5 idle-role@41:5");
  CHECK(only(c, "idle-role").message ==
        "this role owns no tactic and no deal; give it a tactic (`owner: role-id`) or remove it");
}

TEST_CASE("idle-role: silent when the plan has no tactics") {
  auto yaml = replace_once(kValidPlan, "tactical_plan:\n", kNewRole);
  // The tactics are kept under an `x-` key, which is ignored: `tactics` has no value.
  yaml = replace_once(yaml, "  tactics:\n", "  tactics:\n  x-tactics:\n");
  const auto c = check_yaml(yaml);
  CHECK(all(c) == "missing-field@44:3");
}

// unsupported-goal: a goal that no tactic supports.

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

namespace {

/// The valid plan where only `dossiers` supports `clients`.
std::string clients_by_dossiers_only() {
  return replace_once(kValidPlan, "supports: [revenue, clients]", "supports: [revenue]");
}

// The whole tactics list of kValidPlan, from `  tactics:` up to `deals:` (a
// function: kValidPlan lives in another file, so it is not ready at static
// initialisation).
std::string tactics_block() {
  const auto begin = kValidPlan.find("  tactics:\n");
  return kValidPlan.substr(begin, kValidPlan.find("deals:\n") - begin);
}

}  // namespace

TEST_CASE("unsupported-goal: a goal no tactic supports") {
  const auto c = check_yaml(
      replace_once(clients_by_dossiers_only(), "supports: clients", "supports: revenue"));
  const auto& f = only(c, "unsupported-goal");
  CHECK(f.severity == plan::Severity::warning);
  CHECK(c.at(f) == plan::Position{13, 11});
  CHECK(c.where(f).end == plan::Position{13, 18});
  CHECK(f.message == "no tactic supports goal `clients`; add a tactic with `supports: [clients]`");
  CHECK(all(c) == "unsupported-goal@13:11");
}

TEST_CASE("unsupported-goal: near miss, one tactic supports it") {
  CHECK(all(check_yaml(clients_by_dossiers_only())) == "");
}

TEST_CASE("unsupported-goal: a dropped tactic supports nothing") {
  const auto c = check_yaml(replace_once(clients_by_dossiers_only(), "      supports: clients\n",
                                         "      supports: clients\n      status: dropped\n"));
  CHECK(all(c) == "unsupported-goal@13:11");
}

TEST_CASE("unsupported-goal: a duplicate tactic supports nothing") {
  auto yaml = replace_once(clients_by_dossiers_only(), "supports: clients", "supports: revenue");
  yaml = replace_once(yaml, "    - id: contact\n",
                      "    - {id: dossiers, title: T, owner: ceo, due: 2027-05-01, supports: "
                      "clients}\n    - id: contact\n");
  const auto c = check_yaml(yaml);
  CHECK(all(c) == "unsupported-goal@13:11 duplicate-id@62:12");
}

TEST_CASE("unsupported-goal: a goal with an invalid id is pointed at by its id") {
  const auto c = check_yaml(
      replace_once(clients_by_dossiers_only(), "    - id: clients\n", "    - id: \"clients!\"\n"));
  // `dossiers` now names a goal that does not exist.
  CHECK(all(c) ==
        "invalid-value@13:11 unsupported-goal@13:11 unaligned-tactic@56:11 "
        "unknown-reference@60:17");
  CHECK(only(c, "unsupported-goal").message ==
        "no tactic supports this goal; add a tactic with `supports: [goal-id]`");
}

TEST_CASE("unsupported-goal: silent when the plan has no tactics") {
  // Nor is `ceo`, which owns no deal, an idle-role.
  const auto c = check_yaml(replace_once(kValidPlan, tactics_block(), "  tactics:\n"));
  CHECK(all(c) == "missing-field@42:3");
}

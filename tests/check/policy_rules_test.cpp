// policy.rules raises, lowers or turns off a rule; `ignore` on an item drops
// only that item's findings of the rules it names.

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

namespace {

std::string with_policy(std::string yaml, std::string_view rules) {
  return yaml + "policy:\n  rules:\n" + std::string(rules);
}

/// The valid plan with `dossiers` lacking a measure and `workshop` due before it starts.
std::string with_problems() {
  auto yaml =
      replace_once(kValidPlan, "      measure: {metric: dossiers completed, target: 3}\n", "");
  return replace_once(yaml, "due: 2027-01-29", "due: 2027-01-03");
}

}  // namespace

TEST_CASE("policy.rules: a warning raised to an error") {
  const auto c = check_yaml(with_policy(with_problems(), "    unmeasurable-tactic: error\n"));
  CHECK(all(c) == "date-order@51:12 unmeasurable-tactic@56:11");
  CHECK(only(c, "unmeasurable-tactic").severity == plan::Severity::error);
  CHECK(c.result.errors == 2);
  CHECK(c.result.warnings == 0);
}

TEST_CASE("policy.rules: an error lowered to a warning") {
  const auto c = check_yaml(with_policy(with_problems(), "    date-order: warning\n"));
  CHECK(all(c) == "date-order@51:12 unmeasurable-tactic@56:11");
  CHECK(only(c, "date-order").severity == plan::Severity::warning);
  CHECK(c.result.errors == 0);
  CHECK(c.result.warnings == 2);
}

TEST_CASE("policy.rules: a rule turned off") {
  const auto c = check_yaml(
      with_policy(with_problems(), "    date-order: off\n    unmeasurable-tactic: off\n"));
  CHECK(all(c) == "");
}

TEST_CASE("policy.rules: near miss, the default severities") {
  const auto c = check_yaml(with_problems());
  CHECK(only(c, "date-order").severity == plan::Severity::error);
  CHECK(only(c, "unmeasurable-tactic").severity == plan::Severity::warning);
  const auto same = check_yaml(
      with_policy(with_problems(), "    date-order: error\n    unmeasurable-tactic: warning\n"));
  CHECK(all(same) == "date-order@51:12 unmeasurable-tactic@56:11");
  CHECK(same.result.errors == 1);
  CHECK(same.result.warnings == 1);
}

TEST_CASE("policy.rules: every non-structural rule over the model can be changed") {
  // Each of these fires once in this plan (as of 2027-06-01).
  auto yaml = replace_once(kValidPlan, "      exit: Proof accepted\n", "");
  yaml = replace_once(yaml, "probability: 0.3", "probability: 0.01");
  yaml = replace_once(yaml, "start: 2027-01-04", "start: 2026-12-31");
  const auto before = check_yaml(yaml, "2027-06-01");
  CHECK(all(before) ==
        "missing-exit-criteria@25:11 stage-probability@27:20 tactic-outside-window@49:14 "
        "overdue@58:12 overdue@66:15 stalled-deal@77:12");
  const auto after = check_yaml(with_policy(yaml,
                                            "    missing-exit-criteria: error\n"
                                            "    stage-probability: warning\n"
                                            "    tactic-outside-window: off\n"
                                            "    overdue: error\n"
                                            "    stalled-deal: off\n"),
                                "2027-06-01");
  CHECK(all(after) ==
        "missing-exit-criteria@25:11 stage-probability@27:20 overdue@58:12 overdue@66:15");
  CHECK(only(after, "missing-exit-criteria").severity == plan::Severity::error);
  CHECK(only(after, "stage-probability").severity == plan::Severity::warning);
  for (const auto* f : after.of("overdue"))
    CHECK(f->severity == plan::Severity::error);
}

TEST_CASE("policy.rules: structural rules cannot be changed") {
  const auto c = check_yaml(
      with_policy(replace_once(kValidPlan, "    - id: contact\n", "    - id: dossiers\n"),
                  "    duplicate-id: off\n"));
  CHECK(all(c) == "duplicate-id@62:11 invalid-value@81:19");
  CHECK(only(c, "duplicate-id").severity == plan::Severity::error);
}

TEST_CASE("ignore: drops only that item's findings of that rule") {
  // Both `workshop` and `dossiers` are due before they start.
  auto yaml = replace_once(with_problems(), "      due: 2027-03-31\n",
                           "      start: 2027-04-01\n      due: 2027-03-31\n");
  CHECK(all(check_yaml(yaml)) == "date-order@51:12 unmeasurable-tactic@56:11 date-order@60:12");
  yaml = replace_once(yaml, "      status: done\n",
                      "      status: done\n      ignore: [date-order, unaligned-tactic]\n");
  // One line longer: `dossiers` moved down one line.
  CHECK(all(check_yaml(yaml)) == "unmeasurable-tactic@57:11 date-order@61:12");
}

TEST_CASE("ignore: a rule ignored on a goal, a stage, a role and a deal") {
  auto yaml = replace_once(kValidPlan, "      due: 2027-03-31\n      supports: clients\n",
                           "      due: 2027-03-31\n      supports: revenue\n");
  yaml = replace_once(yaml, "supports: [revenue, clients]", "supports: [revenue]");
  yaml = replace_once(yaml, "      target: 10\n",
                      "      target: 10\n      ignore: unsupported-goal\n");
  yaml =
      replace_once(yaml, "      exit: Proof accepted\n", "      ignore: [missing-exit-criteria]\n");
  yaml = replace_once(yaml, "tactical_plan:\n",
                      "  - {id: cfo, name: CFO, ignore: idle-role}\ntactical_plan:\n");
  yaml += "    ignore: stalled-deal\n";
  CHECK(all(check_yaml(yaml, "2027-12-01")) == "overdue@61:12 overdue@69:15");
  // The same plan without any `ignore`.
  auto bare = replace_once(kValidPlan, "      due: 2027-03-31\n      supports: clients\n",
                           "      due: 2027-03-31\n      supports: revenue\n");
  bare = replace_once(bare, "supports: [revenue, clients]", "supports: [revenue]");
  bare = replace_once(bare, "      exit: Proof accepted\n", "");
  bare = replace_once(bare, "tactical_plan:\n", "  - {id: cfo, name: CFO}\ntactical_plan:\n");
  CHECK(all(check_yaml(bare, "2027-12-01")) ==
        "unsupported-goal@13:11 missing-exit-criteria@25:11 idle-role@40:10 overdue@59:12 "
        "overdue@67:15 stalled-deal@78:12");
}

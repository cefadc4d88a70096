// policy: limits, rule settings, and `ignore` on items.

#include <doctest/doctest.h>

#include "load/load_support.hpp"

using namespace plan::test;

namespace {

Checked with(std::string_view from, std::string_view to) {
  return check_yaml(replace_once(kValidPlan, from, to));
}

/// kValidPlan with a policy section appended; the policy starts on line 79.
Checked with_policy(std::string_view policy) {
  return check_yaml(kValidPlan + "policy:\n" + std::string(policy));
}

std::string limits_of(const plan::Limits& l) {
  return fmt::format("{}..{}", l.low, l.high);
}

}  // namespace

// --- limits ----------------------------------------------------------------------------

TEST_CASE("policy limits: defaults, and min and max each on their own") {
  const auto none = check_yaml(kValidPlan);
  CHECK(limits_of(none.result.plan.policy.strategy_years) == "3..5");
  CHECK(limits_of(none.result.plan.policy.tactical_months) == "6..18");

  const auto both =
      with_policy("  strategy_years: {min: 2, max: 10}\n  tactical_months: {min: 12, max: 12}\n");
  CHECK(all_findings(both) == "");
  CHECK(limits_of(both.result.plan.policy.strategy_years) == "2..10");
  CHECK(limits_of(both.result.plan.policy.tactical_months) == "12..12");

  const auto only_max = with_policy("  strategy_years: {max: 4}\n  tactical_months:\n    min: 1\n");
  CHECK(all_findings(only_max) == "");
  CHECK(limits_of(only_max.result.plan.policy.strategy_years) == "3..4");
  CHECK(limits_of(only_max.result.plan.policy.tactical_months) == "1..18");
}

TEST_CASE("policy limits: the limits reach the horizon rules") {
  // The strategy spans 4 years; a policy of 5 to 6 years makes that too short.
  const auto c = with_policy("  strategy_years: {min: 5, max: 6}\n");
  CHECK(all_findings(c) == "strategy-horizon@6:8");
  // The tactical plan spans 12 months; at most 11 makes it too long.
  CHECK(all_findings(with_policy("  tactical_months: {max: 11}\n")) == "tactical-horizon@44:8");
}

TEST_CASE("policy limits: an invalid limit is invalid-value and falls back to its default") {
  struct Case {
    const char* policy;
    const char* findings;
    const char* limits;
  };
  for (const Case k : {
           Case{"  strategy_years: {min: 0, max: 10}\n", "invalid-value@80:25", "3..10"},
           Case{"  strategy_years: {min: 2, max: -1}\n", "invalid-value@80:33", "2..5"},
           Case{"  strategy_years: {min: 2.5}\n", "invalid-value@80:25", "3..5"},
           Case{"  strategy_years: {min: \"2\"}\n", "invalid-value@80:25", "3..5"},
           Case{"  strategy_years: {min: two}\n", "invalid-value@80:25", "3..5"},
           Case{"  strategy_years: {min: 4.0}\n", "invalid-value@80:25", "3..5"},
           Case{"  strategy_years: {min: [4]}\n", "invalid-value@80:20", "3..5"},
           Case{"  strategy_years: 4\n", "invalid-value@80:19", "3..5"},
           Case{"  strategy_years: [3, 5]\n", "invalid-value@80:3", "3..5"},
       }) {
    const std::string policy = k.policy;
    CAPTURE(policy);
    const auto c = with_policy(policy);
    CHECK(loader_summary(c) == k.findings);
    CHECK(limits_of(c.result.plan.policy.strategy_years) == k.limits);
  }
}

TEST_CASE("policy limits: min above max is reported at max, both fall back to the defaults") {
  const auto c = with_policy("  tactical_months: {min: 12, max: 9}\n");
  CHECK(loader_summary(c) == "invalid-value@80:35");
  CHECK(span_text(c, only(c, "invalid-value")) == "80:35-80:36");
  CHECK(only(c, "invalid-value").message ==
        "`max` (9 months) is below `min` (12 months); the defaults 6 to 18 months apply");
  CHECK(limits_of(c.result.plan.policy.tactical_months) == "6..18");
}

TEST_CASE("policy limits: one limit beyond the other's default is reported where it is written") {
  const auto high_min = with_policy("  strategy_years:\n    min: 7\n");
  CHECK(loader_summary(high_min) == "invalid-value@81:10");
  CHECK(only(high_min, "invalid-value").message ==
        "`min` (7 years) is above the default `max` (5 years); give `max` too, or the defaults 3 "
        "to 5 years apply");
  CHECK(limits_of(high_min.result.plan.policy.strategy_years) == "3..5");

  const auto low_max = with_policy("  strategy_years: {max: 2}\n");
  CHECK(loader_summary(low_max) == "invalid-value@80:25");
  CHECK(only(low_max, "invalid-value").message ==
        "`max` (2 years) is below the default `min` (3 years); the defaults 3 to 5 years apply");
  CHECK(limits_of(low_max.result.plan.policy.strategy_years) == "3..5");
}

TEST_CASE("policy limits: near miss, min equal to max and the limits' own defaults") {
  CHECK(all_findings(with_policy("  strategy_years: {min: 4, max: 4}\n")) == "");
  CHECK(all_findings(with_policy("  strategy_years: {min: 4}\n")) == "");
  CHECK(all_findings(with_policy("  strategy_years: {max: 3}\n")) == "strategy-horizon@6:8");
  CHECK(all_findings(with_policy("  strategy_years: {}\n  tactical_months:\n")) == "");
}

TEST_CASE("policy: unknown keys and shapes") {
  CHECK(loader_summary(with_policy("  strategy_year: {min: 3}\n")) == "unknown-key@80:3");
  CHECK(only(with_policy("  strategy_year: {min: 3}\n"), "unknown-key").message ==
        "unknown key `strategy_year` in the policy; did you mean `strategy_years`?");
  CHECK(loader_summary(with_policy("  strategy_years: {min: 3, maximum: 5}\n")) ==
        "unknown-key@80:28");
  CHECK(loader_summary(check_yaml(kValidPlan + "policy: strict\n")) == "invalid-value@79:9");
  CHECK(loader_summary(check_yaml(kValidPlan + "policy: [a]\n")) == "invalid-value@79:1");
  CHECK(all_findings(check_yaml(kValidPlan + "policy:\n")) == "");
  CHECK(all_findings(check_yaml(kValidPlan + "policy: {}\n")) == "");
}

// --- rules -----------------------------------------------------------------------------

TEST_CASE("policy.rules: levels error, warning and off change a rule's findings") {
  // A role that owns nothing is idle-role, a warning by default.
  const std::string idle =
      replace_once(kValidPlan, "roles:\n", "roles:\n  - id: intern\n    name: Intern\n");
  const auto plain = check_yaml(idle);
  CHECK(all_findings(plain) == "idle-role@35:9");
  CHECK(plain.of("idle-role")[0]->severity == plan::Severity::warning);

  const auto error = check_yaml(idle + "policy:\n  rules:\n    idle-role: error\n");
  CHECK(all_findings(error) == "idle-role@35:9");
  CHECK(error.of("idle-role")[0]->severity == plan::Severity::error);

  const auto off = check_yaml(idle + "policy:\n  rules:\n    idle-role: off\n");
  CHECK(all_findings(off) == "");

  const auto warning = check_yaml(idle + "policy:\n  rules: {idle-role: warning}\n");
  CHECK(warning.of("idle-role")[0]->severity == plan::Severity::warning);
}

TEST_CASE("policy.rules: an unknown rule name is unknown-key, with a suggestion") {
  const auto c = with_policy("  rules:\n    idle-roles: off\n");
  CHECK(loader_summary(c) == "unknown-key@81:5");
  CHECK(span_text(c, only(c, "unknown-key")) == "81:5-81:15");
  CHECK(only(c, "unknown-key").message == "`idle-roles` is not a rule; did you mean `idle-role`?");
}

TEST_CASE("policy.rules: a structural rule named there is invalid-value, and keeps its level") {
  for (const std::string rule :
       {"yaml-syntax", "invalid-document", "unknown-key", "missing-field", "invalid-value",
        "invalid-date", "duplicate-key", "duplicate-id", "unknown-reference", "dependency-cycle"}) {
    CAPTURE(rule);
    const auto c = with_policy("  rules:\n    " + rule + ": warning\n");
    CHECK(loader_summary(c) == fmt::format("invalid-value@81:{}", 5 + rule.size() + 2));
    CHECK(only(c, "invalid-value").message ==
          fmt::format("`{}` is a structural rule; its level cannot be changed", rule));
  }
  // Turned "off", unknown-key still reports the unknown key beside it.
  const auto c = with_policy("  rules:\n    unknown-key: off\n  bogus: 1\n");
  CHECK(loader_summary(c) == "invalid-value@81:18, unknown-key@82:3");
  CHECK(c.of("unknown-key")[0]->severity == plan::Severity::error);
}

TEST_CASE("policy.rules: values are exactly error, warning or off") {
  for (const std::string level : {"Off", "none", "false", "warn", "ERROR", "0", "\"\""}) {
    CAPTURE(level);
    const auto c = with_policy("  rules:\n    idle-role: " + level + "\n");
    CHECK(loader_summary(c) == "invalid-value@81:16");
  }
  CHECK(only(with_policy("  rules:\n    idle-role: eror\n"), "invalid-value").message ==
        "a rule's level must be error, warning or off; got `eror`; did you mean `error`?");
  const auto list = with_policy("  rules:\n    idle-role: [off]\n");
  CHECK(loader_summary(list) == "invalid-value@81:5");
  CHECK(loader_summary(with_policy("  rules: [idle-role]\n")) == "invalid-value@80:3");
  CHECK(loader_summary(with_policy("  rules: idle-role\n")) == "invalid-value@80:10");
}

TEST_CASE("policy.rules: near miss, quoted levels are the same text, and empty is absent") {
  CHECK(all_findings(with_policy("  rules:\n    idle-role: \"off\"\n")) == "");
  CHECK(all_findings(with_policy("  rules:\n    idle-role:\n    overdue: ~\n")) == "");
  CHECK(all_findings(with_policy("  rules:\n")) == "");
}

TEST_CASE("policy.rules: a repeated rule is duplicate-key, the first setting holds") {
  const std::string idle =
      replace_once(kValidPlan, "roles:\n", "roles:\n  - id: intern\n    name: Intern\n");
  const auto c = check_yaml(idle + "policy:\n  rules:\n    idle-role: off\n    idle-role: error\n");
  CHECK(all_findings(c) == "duplicate-key@84:5");
}

// --- ignore ----------------------------------------------------------------------------

TEST_CASE("ignore: drops the named rules' findings about that item") {
  const std::string unaligned = replace_once(kValidPlan, "      supports: clients\n", "");
  CHECK(all_findings(check_yaml(unaligned)) == "unaligned-tactic@56:11");
  CHECK(all_findings(
            check_yaml(replace_once(unaligned, "      owner: salesperson\n      due: 2027-03-31\n",
                                    "      owner: salesperson\n      due: 2027-03-31\n      "
                                    "ignore: [unaligned-tactic]\n"))) == "");
  CHECK(
      all_findings(check_yaml(replace_once(
          unaligned, "      owner: salesperson\n      due: 2027-03-31\n",
          "      owner: salesperson\n      due: 2027-03-31\n      ignore: unaligned-tactic\n"))) ==
      "");
  // An item's ignore leaves other items alone.
  const auto other = check_yaml(replace_once(
      unaligned, "      owner: ceo\n", "      owner: ceo\n      ignore: [unaligned-tactic]\n"));
  CHECK(all_findings(other) == "unaligned-tactic@57:11");
}

TEST_CASE("ignore: an unknown or structural rule name is invalid-value at the name") {
  const auto c = with("    name: CEO\n",
                      "    name: CEO\n    ignore: [idle-roles, missing-field, idle-role]\n");
  CHECK(loader_summary(c) == "invalid-value@37:14, invalid-value@37:26");
  CHECK(c.of("invalid-value")[0]->message ==
        "`idle-roles` is not a rule; did you mean `idle-role`?");
  CHECK(c.of("invalid-value")[1]->message ==
        "`missing-field` is a structural rule and cannot be ignored");
  CHECK(c.result.plan.roles.items[0].ignore == std::vector<std::string>{"idle-role"});
  CHECK(loader_summary(with("    name: CEO\n", "    name: CEO\n    ignore: {idle-role: true}\n")) ==
        "invalid-value@37:5");
}

TEST_CASE("ignore: near miss, empty ignore lists") {
  CHECK(all_findings(with("    name: CEO\n", "    name: CEO\n    ignore: []\n")) == "");
  CHECK(all_findings(with("    name: CEO\n", "    name: CEO\n    ignore:\n")) == "");
}

// unmeasurable-tactic: a tactic without `measure`.

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

namespace {

const std::string kMeasure = "      measure: {metric: dossiers completed, target: 3}\n";

}  // namespace

TEST_CASE("unmeasurable-tactic: a tactic without measure") {
  const auto c = check_yaml(replace_once(kValidPlan, kMeasure, ""));
  const auto& f = only(c, "unmeasurable-tactic");
  CHECK(f.severity == plan::Severity::warning);
  CHECK(c.at(f) == plan::Position{56, 11});
  CHECK(c.where(f).end == plan::Position{56, 19});
  CHECK(f.message ==
        "tactic `dossiers` has no `measure`; add `measure: {metric: ..., target: ...}` so progress "
        "can be tracked");
  CHECK(all(c) == "unmeasurable-tactic@56:11");
}

TEST_CASE("unmeasurable-tactic: near miss, a measure with a metric only") {
  CHECK(all(check_yaml(
            replace_once(kValidPlan, kMeasure, "      measure: {metric: dossiers}\n"))) == "");
}

TEST_CASE("unmeasurable-tactic: a measure with no value is absent") {
  const auto c = check_yaml(replace_once(kValidPlan, kMeasure, "      measure: ~\n"));
  CHECK(all(c) == "unmeasurable-tactic@56:11");
}

TEST_CASE("unmeasurable-tactic: a dropped tactic draws no warning") {
  const auto c = check_yaml(replace_once(kValidPlan, kMeasure, "      status: dropped\n"));
  // `clients` is still supported by `contact`, and `salesperson` still owns it.
  CHECK(all(c) == "");
}

TEST_CASE("unmeasurable-tactic: a tactic without an id is pointed at by its first key") {
  const auto c = check_yaml(replace_once(kValidPlan, "deals:\n",
                                         "    - {title: T, owner: ceo, due: 2027-05-01, supports: "
                                         "revenue}\ndeals:\n"));
  CHECK(all(c) == "missing-field@71:8 unmeasurable-tactic@71:8");
  CHECK(only(c, "unmeasurable-tactic").message.starts_with("this tactic has no `measure`"));
}

TEST_CASE("unmeasurable-tactic: a written but invalid measure is an invalid-value only") {
  const auto c = check_yaml(replace_once(kValidPlan, kMeasure, "      measure: 3\n"));
  CHECK(all(c) == "invalid-value@61:16");
}

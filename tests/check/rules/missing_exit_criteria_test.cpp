// missing-exit-criteria: a stage without `exit`.

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

TEST_CASE("missing-exit-criteria: a stage without exit") {
  const auto c = check_yaml(replace_once(kValidPlan, "      exit: Proof accepted\n", ""));
  const auto& f = only(c, "missing-exit-criteria");
  CHECK(f.severity == plan::Severity::warning);
  CHECK(c.at(f) == plan::Position{25, 11});
  CHECK(c.where(f).end == plan::Position{25, 16});
  CHECK(f.message == "stage `proof` has no `exit`; say what a deal needs to move on from it");
  CHECK(all(c) == "missing-exit-criteria@25:11");
}

TEST_CASE("missing-exit-criteria: near miss, an empty exit is still written") {
  CHECK(all(check_yaml(
            replace_once(kValidPlan, "      exit: Proof accepted\n", "      exit: \"\"\n"))) == "");
}

TEST_CASE("missing-exit-criteria: an exit with no value is absent") {
  const auto c =
      check_yaml(replace_once(kValidPlan, "      exit: Proof accepted\n", "      exit:\n"));
  CHECK(all(c) == "missing-exit-criteria@25:11");
}

TEST_CASE("missing-exit-criteria: an invalid exit is reported as invalid only") {
  const auto c =
      check_yaml(replace_once(kValidPlan, "      exit: Proof accepted\n", "      exit: [a, b]\n"));
  CHECK(all(c) == "invalid-value@27:7");
}

TEST_CASE("missing-exit-criteria: a stage without an id is pointed at by its first key") {
  const auto c = check_yaml(replace_once(kValidPlan, "roles:\n", "    - name: Later\nroles:\n"));
  CHECK(all(c) == "missing-field@34:7 missing-exit-criteria@34:7");
  CHECK(only(c, "missing-exit-criteria").message ==
        "this stage has no `exit`; say what a deal needs to move on from it");
}

TEST_CASE("missing-exit-criteria: a stage with an invalid id is pointed at by its id") {
  auto yaml = replace_once(kValidPlan, "    - id: close\n", "    - id: -close\n");
  yaml = replace_once(yaml, "      exit: Contract signed\n", "");
  CHECK(all(check_yaml(yaml)) == "invalid-value@30:11 missing-exit-criteria@30:11");
}

TEST_CASE("missing-exit-criteria: `ignore` on the stage drops it") {
  const auto c = check_yaml(replace_once(kValidPlan, "      exit: Proof accepted\n",
                                         "      ignore: missing-exit-criteria\n"));
  CHECK(all(c) == "");
}

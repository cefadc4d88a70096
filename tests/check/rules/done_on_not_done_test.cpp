// done-on-not-done: a `done_on` on a tactic whose status is not `done`
// (kValidPlan: workshop is done, its done_on on line 55).

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

TEST_CASE("done-on-not-done: a done_on with status doing") {
  const auto c =
      check_yaml(replace_once(kValidPlan, "      status: done\n", "      status: doing\n"));
  const auto& f = only(c, "done-on-not-done");
  CHECK(f.severity == plan::Severity::warning);
  CHECK(positions(c, "done-on-not-done") == "done-on-not-done@55:16");
  CHECK(f.message ==
        "tactic `workshop` has a `done_on` but its status is `doing`; set `status: done` if it is "
        "done, or remove `done_on` if it is not");
}

TEST_CASE("done-on-not-done: an absent status counts as todo") {
  const auto c = check_yaml(replace_once(kValidPlan, "      status: done\n", ""));
  CHECK(only(c, "done-on-not-done").message.find("its status is `todo`") != std::string::npos);
}

TEST_CASE("done-on-not-done: near miss, done with done_on, and a dropped tactic") {
  CHECK(check_yaml(kValidPlan).of("done-on-not-done").empty());
  CHECK(check_yaml(replace_once(kValidPlan, "      status: done\n", "      status: dropped\n"))
            .of("done-on-not-done")
            .empty());
}

TEST_CASE("done-on-not-done: policy.rules turns it off") {
  CHECK(check_yaml(replace_once(kValidPlan, "      status: done\n", "      status: doing\n") +
                   "policy:\n  rules:\n    done-on-not-done: off\n")
            .of("done-on-not-done")
            .empty());
}

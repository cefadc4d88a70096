// close-date-passed: an open deal's `close` before the as-of date. The deal
// `globex` of kValidPlan has its `since` on line 78; `close` goes on line 79.

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

namespace {

std::string with_deal_lines(std::string_view lines) {
  return replace_once(kValidPlan, "    since: 2027-03-01\n",
                      "    since: 2027-03-01\n" + std::string(lines));
}

}  // namespace

TEST_CASE("close-date-passed: an open deal expected to close before the as-of date") {
  const auto c = check_yaml(with_deal_lines("    close: 2027-03-14\n"));
  const auto& f = only(c, "close-date-passed");
  CHECK(f.severity == plan::Severity::warning);
  CHECK(positions(c, "close-date-passed") == "close-date-passed@79:12");
  CHECK(f.message ==
        "deal `globex` was expected to close on 2027-03-14, 1 day before 2027-03-15, and is "
        "still open; move `close` to the date it is now expected, or close it with `outcome` and "
        "`closed_on`");
}

TEST_CASE("close-date-passed: near miss, a close on the as-of date has not passed") {
  CHECK(check_yaml(with_deal_lines("    close: 2027-03-15\n")).of("close-date-passed").empty());
}

TEST_CASE("close-date-passed: a close on a closed deal is ignored") {
  CHECK(check_yaml(with_deal_lines("    close: 2027-01-14\n    outcome: won\n    closed_on: "
                                   "2027-03-02\n"))
            .of("close-date-passed")
            .empty());
}

TEST_CASE("close-date-passed: silent when the as-of date is unknown") {
  const auto yaml = replace_once(with_deal_lines("    close: 2027-03-14\n"), "as_of: 2027-03-15",
                                 "as_of: someday");
  CHECK(check_yaml(yaml).of("close-date-passed").empty());
  CHECK(positions(check_yaml(yaml, "2027-03-20"), "close-date-passed") ==
        "close-date-passed@79:12");
}

TEST_CASE("close-date-passed: policy.rules turns it off") {
  CHECK(check_yaml(with_deal_lines("    close: 2027-03-14\n") +
                   "policy:\n  rules:\n    close-date-passed: off\n")
            .of("close-date-passed")
            .empty());
}

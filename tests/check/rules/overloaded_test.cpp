// overloaded: a person's planned load in some week exceeds their role's
// capacity. Line numbers refer to kValidPlan with `capacity` added after the
// salesperson's people (line 41); 2027-03-01 and 2027-03-15 are Mondays.

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

namespace {

/// kValidPlan with the salesperson's `capacity` and one more tactic.
std::string with_load(std::string_view capacity, std::string_view tactic) {
  std::string yaml =
      replace_once(kValidPlan, "    people: [Ana Ruiz, Bo Chen]\n",
                   fmt::format("    people: [Ana Ruiz, Bo Chen]\n    capacity: {}\n", capacity));
  return replace_once(yaml, "deals:\n", fmt::format("    {}\ndeals:\n", tactic));
}

constexpr std::string_view kCalls =
    "- {id: calls, title: Calls, owner: salesperson, assignee: Ana Ruiz, start: 2027-03-01, "
    "due: 2027-03-31, repeat: weekdays, effort: 2h, supports: revenue, measure: {metric: m}}";

}  // namespace

TEST_CASE("overloaded: weekdays at 2h is 10h a week, over a capacity of 9h") {
  // Week of 2027-03-01: Monday to Friday inside [03-01, 03-31], 5 × 2h = 10h > 9h.
  const auto c = check_yaml(with_load("9h", kCalls));
  const auto& f = only(c, "overloaded");
  CHECK(f.severity == plan::Severity::warning);
  CHECK(positions(c, "overloaded") == "overloaded@41:15");
  CHECK(f.message ==
        "Ana Ruiz (salesperson) is planned for 10h in the week of 2027-03-01, more than the "
        "capacity of 9h a week; the tactics that fill it: calls; spread them out, reassign them "
        "or raise `capacity`");
}

TEST_CASE("overloaded: near miss, a load equal to the capacity is not over it") {
  CHECK(check_yaml(with_load("10h", kCalls)).of("overloaded").empty());
  // No capacity, no rule.
  CHECK(
      check_yaml(replace_once(kValidPlan, "deals:\n", "    " + std::string(kCalls) + "\ndeals:\n"))
          .of("overloaded")
          .empty());
}

TEST_CASE("overloaded: done and dropped tactics load nobody") {
  const std::string calls(kCalls);
  CHECK(check_yaml(with_load("9h", replace_once(calls, "measure:",
                                                "status: done, done_on: "
                                                "2027-03-10, measure:")))
            .of("overloaded")
            .empty());
  CHECK(check_yaml(with_load("9h", replace_once(calls, "measure:", "status: dropped, measure:")))
            .of("overloaded")
            .empty());
}

TEST_CASE("overloaded: an unassigned tactic loads the role's people equally, one finding each") {
  // weekly 6h from Monday 03-01: one occurrence a week, 6h ÷ 2 people = 3h each.
  const std::string weekly =
      "- {id: review, title: Review, owner: salesperson, start: 2027-03-01, due: 2027-03-31, "
      "repeat: weekly, effort: 6h, supports: revenue, measure: {metric: m}}";
  const auto over = check_yaml(with_load("2h30m", weekly));
  CHECK(positions(over, "overloaded") == "overloaded@41:15 overloaded@41:15");
  CHECK(over.of("overloaded")[0]->message.starts_with(
      "Ana Ruiz (salesperson) is planned for 3h in the week of 2027-03-01"));
  CHECK(over.of("overloaded")[1]->message.starts_with(
      "Bo Chen (salesperson) is planned for 3h in the week of 2027-03-01"));
  CHECK(check_yaml(with_load("3h", weekly)).of("overloaded").empty());
}

TEST_CASE("overloaded: the first week over capacity, with every tactic that fills it") {
  // calls: 10h in each full week of March. A one-off 1h due Wednesday 03-17 adds
  // to the week of 03-15 only: 11h > 10h30m there, the first week over.
  const std::string one_off =
      std::string(kCalls) +
      "\n    - {id: report, title: Report, owner: salesperson, assignee: Ana Ruiz, due: "
      "2027-03-17, effort: 1h, supports: revenue, measure: {metric: m}}";
  const auto c = check_yaml(with_load("10h30m", one_off));
  CHECK(only(c, "overloaded").message ==
        "Ana Ruiz (salesperson) is planned for 11h in the week of 2027-03-15, more than the "
        "capacity of 10h30m a week; the tactics that fill it: calls, report; spread them out, "
        "reassign them or raise `capacity`");
}

TEST_CASE("overloaded: a role without people carries its load itself") {
  const auto c = check_yaml(replace_once(
      tactics_plan("    - {id: t, title: T, owner: r, start: 2027-01-04, due: 2027-01-31, repeat: "
                   "daily, effort: 1h, supports: g, measure: {metric: m}}\n"),
      "roles: [{id: r, name: R}]", "roles: [{id: r, name: R, capacity: 6h}]"));
  // daily 1h: 7h in the full week of Monday 2027-01-04.
  CHECK(only(c, "overloaded").message ==
        "role `r` is planned for 7h in the week of 2027-01-04, more than the capacity of 6h a "
        "week; the tactics that fill it: t; spread them out, reassign them or raise `capacity`");
}

TEST_CASE("overloaded: policy.rules turns it off, and ignore on the role drops it") {
  CHECK(check_yaml(with_load("9h", kCalls) + "policy:\n  rules:\n    overloaded: off\n")
            .of("overloaded")
            .empty());
  const auto raised =
      check_yaml(with_load("9h", kCalls) + "policy:\n  rules:\n    overloaded: error\n");
  CHECK(only(raised, "overloaded").severity == plan::Severity::error);
  CHECK(check_yaml(replace_once(with_load("9h", kCalls), "    capacity: 9h\n",
                                "    capacity: 9h\n    ignore: overloaded\n"))
            .of("overloaded")
            .empty());
}

TEST_CASE("overloaded: a week of many tactics names the first five and counts the rest") {
  std::string tactics;
  for (int i = 1; i <= 7; ++i) {
    tactics += fmt::format(
        "- {{id: c{}, title: C, owner: salesperson, assignee: Ana Ruiz, due: 2027-03-17, "
        "effort: 1h, supports: revenue, measure: {{metric: m}}}}\n    ",
        i);
  }
  // Seven one-off hours due Wednesday 03-17: 7h in the week of 03-15.
  const auto c = check_yaml(with_load("6h", tactics));
  CHECK(only(c, "overloaded").message ==
        "Ana Ruiz (salesperson) is planned for 7h in the week of 2027-03-15, more than the "
        "capacity of 6h a week; the tactics that fill it: c1, c2, c3, c4, c5 and 2 more; spread "
        "them out, reassign them or raise `capacity`");
}

// analyze: derived due dates, duplicates, references and cycles.

#include <optional>
#include <string>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "support/test_support.hpp"

using namespace plan::test;
using plan::Tactic;

namespace {

/// A plan whose tactics are `tactics` (YAML list items indented by four spaces).
std::string plan_with_tactics(const std::string& tactics) {
  return R"(name: Derived due dates
as_of: 2027-01-01
strategy:
  name: S
  end: 2030-12-31
  goals: [{id: g, name: G}]
process:
  name: P
  stages: [{id: a, name: A, exit: x}, {id: b, name: B, exit: x}]
roles: [{id: r, name: R}]
tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
)" + tactics;
}

const Tactic& tactic(const Checked& c, std::string_view id) {
  for (const Tactic& t : c.result.plan.tactical_plan.tactics.items) {
    if (t.id.known() && *t.id == id) return t;
  }
  FAIL("no tactic " << std::string(id));
  throw 0;  // unreachable
}

std::string due_of(const Checked& c, std::string_view id) {
  const auto& due = tactic(c, id).due_date;
  return due ? plan::format_date(*due) : "unknown";
}

}  // namespace

TEST_CASE("analyze: a derived due date is the prerequisite's due plus `within`") {
  const auto c = check_yaml(plan_with_tactics(R"(    - {id: a, title: A, owner: r, due: 2027-03-01}
    - {id: b, title: B, owner: r, after: a, within: 1w2d}
)"));
  CHECK(due_of(c, "a") == "2027-03-01");
  CHECK_FALSE(tactic(c, "a").due_derived);
  CHECK(due_of(c, "b") == "2027-03-10");
  CHECK(tactic(c, "b").due_derived);
}

TEST_CASE("analyze: `within: 0d` makes the due date the prerequisite's finish") {
  const auto c = check_yaml(plan_with_tactics(R"(    - {id: a, title: A, owner: r, due: 2027-03-01}
    - {id: b, title: B, owner: r, after: a, within: 0d}
)"));
  CHECK(due_of(c, "b") == "2027-03-01");
}

TEST_CASE("analyze: a prerequisite's done_on is its finish when it has one") {
  const auto c = check_yaml(plan_with_tactics(
      R"(    - {id: a, title: A, owner: r, due: 2027-03-01, status: done, done_on: 2027-02-20}
    - {id: b, title: B, owner: r, after: a, within: 5d}
    - {id: c, title: C, owner: r, due: 2027-03-01, done_on: 2027-03-09}
    - {id: d, title: D, owner: r, after: c, within: 5d}
)"));
  CHECK(due_of(c, "b") == "2027-02-25");  // done early
  CHECK(due_of(c, "d") == "2027-03-14");  // done late
}

TEST_CASE("analyze: a derived due date counts from the latest of several prerequisites") {
  const auto c = check_yaml(plan_with_tactics(R"(    - {id: a, title: A, owner: r, due: 2027-03-01}
    - {id: b, title: B, owner: r, due: 2027-05-01}
    - {id: c, title: C, owner: r, due: 2027-04-01, done_on: 2027-06-01}
    - {id: d, title: D, owner: r, after: [a, b], within: 1d}
    - {id: e, title: E, owner: r, after: [a, c, b], within: 1d}
)"));
  CHECK(due_of(c, "d") == "2027-05-02");
  CHECK(due_of(c, "e") == "2027-06-02");
}

TEST_CASE("analyze: a derived due date needs every prerequisite's finish") {
  const auto c = check_yaml(plan_with_tactics(R"(    - {id: a, title: A, owner: r, due: 2027-03-01}
    - {id: bad-date, title: B, owner: r, due: 2027-02-30}
    - {id: bad-done, title: B, owner: r, due: 2027-03-01, done_on: 2027-13-01}
    - {id: c, title: C, owner: r, after: [a, nowhere], within: 1d}
    - {id: d, title: D, owner: r, after: [a, bad-date], within: 1d}
    - {id: e, title: E, owner: r, after: bad-done, within: 1d}
    - {id: f, title: F, owner: r, after: a, within: 1x}
)"));
  CHECK(due_of(c, "c") == "unknown");  // a prerequisite does not resolve
  CHECK(due_of(c, "d") == "unknown");  // a prerequisite's due date is invalid
  CHECK(due_of(c, "e") == "unknown");  // an invalid done_on is not replaced by the due date
  CHECK(due_of(c, "f") == "unknown");  // an invalid `within`
  CHECK(tactic(c, "f").due_derived);
}

TEST_CASE("analyze: an unknown due date propagates downstream") {
  const auto c =
      check_yaml(plan_with_tactics(R"(    - {id: a, title: A, owner: r, after: missing, within: 1d}
    - {id: b, title: B, owner: r, after: a, within: 1d}
    - {id: c, title: C, owner: r, after: b, within: 1d}
    - {id: d, title: D, owner: r, after: c, within: 1d, due: 2027-05-01}
)"));
  CHECK(due_of(c, "a") == "unknown");
  CHECK(due_of(c, "b") == "unknown");
  CHECK(due_of(c, "c") == "unknown");
  CHECK(due_of(c, "d") == "2027-05-01");  // `within` with `due` is ignored; `due` stands
}

TEST_CASE("analyze: a prerequisite on a cycle leaves the due date unknown") {
  const auto c =
      check_yaml(plan_with_tactics(R"(    - {id: a, title: A, owner: r, due: 2027-03-01, after: b}
    - {id: b, title: B, owner: r, after: a, within: 1d}
    - {id: c, title: C, owner: r, after: a, within: 1d}
    - {id: d, title: D, owner: r, after: c, within: 1d}
    - {id: e, title: E, owner: r, due: 2027-03-01, done_on: 2027-03-01, after: e}
    - {id: f, title: F, owner: r, after: e, within: 1d}
)"));
  CHECK(due_of(c, "a") == "2027-03-01");  // an explicit due stays known on a cycle
  CHECK(due_of(c, "b") == "unknown");
  CHECK(due_of(c, "c") == "unknown");  // after a tactic on a cycle, even one with a due date
  CHECK(due_of(c, "d") == "unknown");
  CHECK(due_of(c, "f") == "unknown");  // a self-loop is a cycle, done_on or not
  REQUIRE(c.result.plan.cycles.size() == 2);
  CHECK(c.result.plan.cycles[0] == std::vector<int>{0, 1});
  CHECK(c.result.plan.cycles[1] == std::vector<int>{4});
  CHECK(tactic(c, "a").cycle == 0);
  CHECK(tactic(c, "b").cycle == 0);
  CHECK(tactic(c, "c").cycle == -1);
  CHECK(tactic(c, "e").cycle == 1);
}

TEST_CASE("analyze: prerequisites may come later in the file") {
  const auto c =
      check_yaml(plan_with_tactics(R"(    - {id: c, title: C, owner: r, after: b, within: 1d}
    - {id: b, title: B, owner: r, after: a, within: 1d}
    - {id: a, title: A, owner: r, due: 2027-03-01}
)"));
  CHECK(due_of(c, "b") == "2027-03-02");
  CHECK(due_of(c, "c") == "2027-03-03");
  CHECK(c.result.plan.cycles.empty());
}

TEST_CASE("analyze: references resolve to the first of items sharing an id") {
  const auto c = check_yaml(plan_with_tactics(R"(    - {id: a, title: A, owner: r, due: 2027-03-01}
    - {id: a, title: A again, owner: r, due: 2027-09-01}
    - {id: b, title: B, owner: r, after: a, within: 1d}
    - {id: b, title: B again, owner: r, after: a, within: 1d}
)"));
  const auto& tactics = c.result.plan.tactical_plan.tactics.items;
  REQUIRE(tactics.size() == 4);
  CHECK_FALSE(tactics[0].duplicate);
  CHECK(tactics[1].duplicate);
  CHECK(tactics[3].duplicate);
  CHECK(tactics[2].after.refs[0].target == 0);
  CHECK(tactics[3].after.refs[0].target == -1);  // a duplicate takes part in no reference
  CHECK(due_of(c, "b") == "2027-03-02");
}

TEST_CASE(
    "analyze: the derived due date points at `within` for tactic-outside-window and overdue") {
  const auto c = check_yaml(plan_with_tactics(R"(    - {id: a, title: A, owner: r, due: 2027-12-31}
    - id: b
      title: B
      owner: r
      after: a
      within: 2d
)"),
                            "2028-01-05");
  CHECK(due_of(c, "b") == "2028-01-02");
  // `within: 2d` is on line 20, its value at column 15.
  const auto outside = c.of("tactic-outside-window");
  REQUIRE(outside.size() == 1);
  CHECK(c.at(*outside[0]) == plan::Position{20, 15});
  CHECK(c.where(*outside[0]).end == plan::Position{20, 17});
  CHECK(outside[0]->message ==
        "tactic `b` is due on 2028-01-02 (from `after` + `within`), after the tactical plan's "
        "window (2027-01-01 to 2027-12-31)");
  const auto overdue = c.of("overdue");
  REQUIRE(overdue.size() == 2);
  CHECK(c.at(*overdue[0]) == plan::Position{15, 40});  // a's `due`
  CHECK(c.at(*overdue[1]) == plan::Position{20, 15});  // b's `within`
}

TEST_CASE("analyze: a chain of 100,000 tactics is walked without recursion") {
  constexpr int kTactics = 100'000;
  std::string tactics = "    - {id: t0, title: T, owner: r, due: 2027-01-01}\n";
  tactics.reserve(static_cast<std::size_t>(kTactics) * 60);
  for (int i = 1; i < kTactics; ++i) {
    tactics +=
        fmt::format("    - {{id: t{}, title: T, owner: r, after: t{}, within: 0d}}\n", i, i - 1);
  }
  const auto c = check_yaml(plan_with_tactics(tactics));
  const auto& items = c.result.plan.tactical_plan.tactics.items;
  REQUIRE(items.size() == static_cast<std::size_t>(kTactics));
  REQUIRE(items.back().due_date);
  CHECK(plan::format_date(*items.back().due_date) == "2027-01-01");
  CHECK(c.result.plan.cycles.empty());
  CHECK(c.of("dependency-cycle").empty());
}

TEST_CASE("analyze: a cycle of 100,000 tactics is one group") {
  constexpr int kTactics = 100'000;
  std::string tactics =
      fmt::format("    - {{id: t0, title: T, owner: r, after: t{}, within: 0d}}\n", kTactics - 1);
  for (int i = 1; i < kTactics; ++i) {
    tactics +=
        fmt::format("    - {{id: t{}, title: T, owner: r, after: t{}, within: 0d}}\n", i, i - 1);
  }
  const auto c = check_yaml(plan_with_tactics(tactics));
  REQUIRE(c.result.plan.cycles.size() == 1);
  CHECK(c.result.plan.cycles[0].size() == static_cast<std::size_t>(kTactics));
  const auto cycle = c.of("dependency-cycle");
  REQUIRE(cycle.size() == 1);
  CHECK(c.at(*cycle[0]) == plan::Position{15, 36});  // t0's `after`
  CHECK(cycle[0]->message.starts_with(
      "100000 tactics wait for each other in a loop: t0 → t99999 → t99998 → "));
  CHECK(cycle[0]->message.find("→ t1 → t0;") != std::string::npos);
  CHECK_FALSE(c.result.plan.tactical_plan.tactics.items.back().due_date);
}

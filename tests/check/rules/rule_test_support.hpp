#pragma once
// Helpers shared by the rule tests: a small plan whose windows a test picks,
// and assertions on one rule's findings.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "support/test_support.hpp"

namespace plan::test::rule_tests {

/// The dates of a small plan: the strategy and tactical windows, with the
/// one tactic due on the tactical start and the as-of date on it too.
struct Windows {
  std::optional<std::string> strategy_start = "2027-01-01";  ///< nothing: not written
  std::string strategy_end = "2030-12-31";
  std::string tactical_start = "2027-01-01";
  std::string tactical_end = "2027-12-31";
  std::string policy;  ///< the whole `policy:` block, or empty
};

/// A plan with no findings unless its windows are wrong. `strategy.end` is on
/// line 6 when `strategy.start` is written (line 5), else on line 5; the
/// tactical plan's `start` and `end` are then on lines 18 and 19.
inline std::string window_plan(const Windows& w) {
  std::string text = "name: Windows\n";
  text += fmt::format("as_of: {}\n", w.tactical_start);
  text += "strategy:\n  name: S\n";
  if (w.strategy_start) text += fmt::format("  start: {}\n", *w.strategy_start);
  text += fmt::format("  end: {}\n", w.strategy_end);
  text +=
      "  goals:\n"
      "    - id: g\n"
      "      name: G\n"
      "process:\n"
      "  name: P\n"
      "  stages:\n"
      "    - {id: a, name: A, exit: done}\n"
      "    - {id: b, name: B, exit: done}\n"
      "roles:\n"
      "  - {id: r, name: R}\n"
      "tactical_plan:\n";
  text += fmt::format("  start: {}\n  end: {}\n", w.tactical_start, w.tactical_end);
  text += "  tactics:\n";
  text += fmt::format(
      "    - {{id: t, title: T, owner: r, due: {}, supports: g, measure: {{metric: m}}}}\n",
      w.tactical_start);
  text += w.policy;
  return text;
}

/// A plan with the given tactics (list items indented by four spaces, the
/// first on line 15), one role `r`, one goal `g` and the tactical plan 2027.
inline std::string tactics_plan(const std::string& tactics) {
  return R"(name: Tactics
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

/// The one finding of `rule`; fails the test when there is not exactly one.
inline const Finding& only(const Checked& c, std::string_view rule) {
  const auto found = c.of(rule);
  INFO("findings: " << fmt::format("{}", fmt::join(c.summary(), ", ")));
  REQUIRE_MESSAGE(found.size() == 1, "expected exactly one " << rule);
  return *found[0];
}

/// Every finding as "rule@line:col", space-separated in file order ("" when none).
inline std::string all(const Checked& c) {
  return fmt::format("{}", fmt::join(c.summary(), " "));
}

/// The errors only, as all() shows them.
inline std::string errors(const Checked& c) {
  std::vector<std::string> out;
  for (const Finding& f : c.result.findings) {
    if (f.severity != Severity::error) continue;
    const Position p = c.at(f);
    out.push_back(fmt::format("{}@{}:{}", f.rule->name, p.line, p.column));
  }
  return fmt::format("{}", fmt::join(out, " "));
}

/// "rule@line:col" for the findings of one rule, space-separated in file order.
inline std::string positions(const Checked& c, std::string_view rule) {
  std::vector<std::string> out;
  for (const Finding* f : c.of(rule)) {
    const Position p = c.at(*f);
    out.push_back(fmt::format("{}@{}:{}", f->rule->name, p.line, p.column));
  }
  return fmt::format("{}", fmt::join(out, " "));
}

}  // namespace plan::test::rule_tests

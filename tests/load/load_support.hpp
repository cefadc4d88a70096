#pragma once
// Helpers shared by the loader's tests: compact spans of findings and plans
// built around one changed section.

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "support/test_support.hpp"

namespace plan::test {

/// "line:col-line:col" of a finding's start and end, for one-line assertions.
inline std::string span_text(const Checked& c, const Finding& f) {
  const Location l = c.where(f);
  return fmt::format("{}:{}-{}:{}", l.begin.line, l.begin.column, l.end.line, l.end.column);
}

/// "rule@line:col, ..." of every finding of the given rules, in file order:
/// the loader's findings without the warnings a changed plan may also draw.
inline std::string summary_of(const Checked& c, std::span<const std::string_view> rules) {
  std::vector<std::string> out;
  for (const Finding& f : c.result.findings) {
    for (const std::string_view rule : rules) {
      if (f.rule->name == rule) {
        const Position p = c.at(f);
        out.push_back(fmt::format("{}@{}:{}", f.rule->name, p.line, p.column));
      }
    }
  }
  return fmt::format("{}", fmt::join(out, ", "));
}

/// "rule@line:col, ..." of every finding.
inline std::string all_findings(const Checked& c) {
  return fmt::format("{}", fmt::join(c.summary(), ", "));
}

/// The structural rules the loader reports.
inline constexpr std::array<std::string_view, 7> kLoaderRules = {
    "yaml-syntax",   "invalid-document", "unknown-key",  "missing-field",
    "invalid-value", "invalid-date",     "duplicate-key"};

/// The loader's findings only, as "rule@line:col, ...".
inline std::string loader_summary(const Checked& c) {
  return summary_of(c, kLoaderRules);
}

/// The one finding of `rule`; fails the test unless there is exactly one, and
/// checks that it is an error (every loader rule is).
inline const Finding& only(const Checked& c, std::string_view rule) {
  const auto found = c.of(rule);
  INFO("findings: " << all_findings(c));
  REQUIRE(found.size() == 1);
  CHECK(found[0]->severity == Severity::error);
  return *found[0];
}

}  // namespace plan::test

#pragma once
// What a rule is: its name, default severity, documentation and check. One
// entry per rule, one file per rule under src/check/rules/ (the rules the
// loader reports: src/load/load_rules.cpp); the one table of them is
// plan/check/rule_table.hpp.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "plan/model/finding.hpp"
#include "plan/model/model.hpp"

namespace plan {

class FindingSink;

struct Rule {
  std::string_view name;       ///< kebab-case, e.g. "date-order"
  Severity severity;           ///< the default severity
  bool structural;             ///< cannot be changed by policy.rules or `ignore`
  std::string_view summary;    ///< one line for `plan rules`
  std::string_view points_at;  ///< where its findings point
  // Documentation: the one source for `plan explain`, docs/rules.md and the
  // SARIF rule descriptions. Prose is plain text with `code` in backticks;
  // examples are YAML excerpts of a plan (whole top-level sections).
  std::string_view description;  ///< what the rule checks
  std::string_view rationale;    ///< why it matters to the strategy, the process or the tactics
  std::string_view example;      ///< YAML that draws the finding
  std::string_view fix;          ///< the same YAML, fixed (comments say what changed)
  /// Decides whether a file is a plan document at all (`yaml-syntax`,
  /// `invalid-document`): the only rules that run on a file that is not.
  bool judges_document = false;
  /// Runs the rule over an analysed plan; nullptr for the rules the loader reports.
  void (*check)(const Plan& plan, FindingSink& out);
};

}  // namespace plan

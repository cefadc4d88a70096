#pragma once
// The rule catalogue (docs/rules.md): one entry per rule, one file per rule under
// src/check/rules/ (the rules the loader reports: src/load/load_rules.cpp), and
// one explicit table of them (src/check/rule_table.cpp).

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "plan/finding.hpp"
#include "plan/model.hpp"

namespace plan {

class Reporter;

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
  /// Runs the rule over an analysed plan; nullptr for the rules the loader reports.
  void (*check)(const Plan& plan, Reporter& out);
};

/// Every rule, in the order of docs/rules.md.
std::span<const Rule* const> rule_table();

/// The rule's position in rule_table().
std::size_t rule_index(const Rule& rule);

/// The rule with this name, or nullptr.
const Rule* find_rule(std::string_view name);

/// Every rule name, for "did you mean".
std::span<const std::string_view> rule_names();

/// Collects one rule's findings, dropping those about an item that ignores the rule.
class Reporter {
 public:
  Reporter(const Rule& rule, Severity severity, std::vector<Finding>& out)
      : rule_(rule), severity_(severity), out_(out) {}

  /// Reports a finding about `about` (nullptr: about the plan as a whole).
  void report(const Item* about, Span at, std::string message, std::vector<Note> notes = {});

 private:
  const Rule& rule_;
  Severity severity_;
  std::vector<Finding>& out_;
};

}  // namespace plan

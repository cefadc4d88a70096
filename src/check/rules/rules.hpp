#pragma once
// Every rule (docs/rules.md), one per file in this folder; rule_table.cpp lists them.

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "plan/rule.hpp"

namespace plan::rules {

// Reported by the loader (check == nullptr).
extern const Rule kYamlSyntax;
extern const Rule kInvalidDocument;
extern const Rule kUnknownKey;
extern const Rule kMissingField;
extern const Rule kInvalidValue;
extern const Rule kInvalidDate;
extern const Rule kDuplicateKey;
// Run over the analysed model.
extern const Rule kDuplicateId;
extern const Rule kUnknownReference;
extern const Rule kDateOrder;
extern const Rule kStrategyHorizon;
extern const Rule kTacticalHorizon;
extern const Rule kTacticalOutsideStrategy;
extern const Rule kTacticOutsideWindow;
extern const Rule kGoalOutsideStrategy;
extern const Rule kStageProbability;
extern const Rule kDependencyCycle;
extern const Rule kDependencyOrder;
extern const Rule kMissingExitCriteria;
extern const Rule kUnmeasurableTactic;
extern const Rule kUnalignedTactic;
extern const Rule kUnsupportedGoal;
extern const Rule kIdleRole;
extern const Rule kOverdue;
extern const Rule kStalledDeal;

/// "tactic `x`", or "this tactic" when its id is unknown.
inline std::string label(const Item& item, std::string_view noun) {
  return item.id.known() ? fmt::format("{} `{}`", noun, *item.id) : fmt::format("this {}", noun);
}

/// A window's length in words: "2 years, 11 months and 30 days" (in_years),
/// or "20 months and 1 day".
std::string describe_length(Window window, bool in_years);

/// "3 to 5 years", or "exactly 4 years" when the limits meet.
std::string describe_limits(const Limits& limits, std::string_view unit);

}  // namespace plan::rules

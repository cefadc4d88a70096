#pragma once
// The rules that run over the analysed model, one per file in this folder;
// rule_table.cpp lists them after the loader's (src/load/load_rules.cpp).

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "plan/check/finding_sink.hpp"

namespace plan::rules {

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
extern const Rule kOverloaded;
extern const Rule kCloseDatePassed;
extern const Rule kFutureDate;
extern const Rule kDoneOnNotDone;

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

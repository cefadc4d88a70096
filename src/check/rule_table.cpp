#include "plan/check/rule_table.hpp"

#include <algorithm>
#include <array>

#include "check/rules/rules.hpp"
#include "load/load_rules.hpp"

namespace plan {
namespace {

constexpr std::array kRules = {
    &load::kYamlSyntax,
    &load::kInvalidDocument,
    &load::kUnknownKey,
    &load::kMissingField,
    &load::kInvalidValue,
    &load::kInvalidDate,
    &load::kDuplicateKey,
    &rules::kDuplicateId,
    &rules::kUnknownReference,
    &rules::kDateOrder,
    &rules::kStrategyHorizon,
    &rules::kTacticalHorizon,
    &rules::kTacticalOutsideStrategy,
    &rules::kTacticOutsideWindow,
    &rules::kGoalOutsideStrategy,
    &rules::kStageProbability,
    &rules::kDependencyCycle,
    &rules::kDependencyOrder,
    &rules::kMissingExitCriteria,
    &rules::kUnmeasurableTactic,
    &rules::kUnalignedTactic,
    &rules::kUnsupportedGoal,
    &rules::kIdleRole,
    &rules::kOverdue,
    &rules::kStalledDeal,
    &rules::kOverloaded,
    &rules::kCloseDatePassed,
    &rules::kFutureDate,
    &rules::kDoneOnNotDone,
};

}  // namespace

std::span<const Rule* const> rule_table() {
  return kRules;
}

std::size_t rule_index(const Rule& rule) {
  return static_cast<std::size_t>(std::find(kRules.begin(), kRules.end(), &rule) - kRules.begin());
}

const Rule* find_rule(std::string_view name) {
  const auto it = std::find_if(kRules.begin(), kRules.end(),
                               [&](const Rule* rule) { return rule->name == name; });
  return it == kRules.end() ? nullptr : *it;
}

std::span<const std::string_view> rule_names() {
  static const auto names = [] {
    std::array<std::string_view, kRules.size()> out{};
    std::transform(kRules.begin(), kRules.end(), out.begin(),
                   [](const Rule* rule) { return rule->name; });
    return out;
  }();
  return names;
}

}  // namespace plan

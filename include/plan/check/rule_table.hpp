#pragma once
// The one table of rules, in the order of docs/rules.md: `plan rules`, `plan
// explain`, policy.rules and `ignore` all read it; nothing registers itself.

#include <cstddef>
#include <span>
#include <string_view>

#include "plan/model/rule.hpp"

namespace plan {

/// Every rule, in the order of docs/rules.md.
std::span<const Rule* const> rule_table();

/// The rule's position in rule_table().
std::size_t rule_index(const Rule& rule);

/// The rule with this name, or nullptr.
const Rule* find_rule(std::string_view name);

/// Every rule name, for "did you mean".
std::span<const std::string_view> rule_names();

}  // namespace plan

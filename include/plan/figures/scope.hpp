#pragma once
// scope: which roles and which person a command shows (`--role`, `--person`).
// Every command that takes them validates them here, so that an unknown name
// reads the same whichever command was asked.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plan/model/model.hpp"

namespace plan {

/// The roles and the person a list or report covers; empty covers everything.
struct Scope {
  std::vector<std::string> roles;     ///< role ids; empty: every role
  std::optional<std::string> person;  ///< one of the selected roles' people

  /// Whether the role `id` is selected (every role is when none is named).
  bool covers_role(std::string_view id) const;
};

/// Problems with a scope against a plan, each with "did you mean" and the
/// valid names: a role id the plan does not have, or a person that none of
/// the selected roles (every role when none is named) lists. Empty when the
/// scope is usable; a scope with problems simply matches nothing.
std::vector<std::string> validate_scope(const Plan& plan, const Scope& scope);

}  // namespace plan

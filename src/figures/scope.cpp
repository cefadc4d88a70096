// The one check of `--role` and `--person`, shared by every command.

#include "plan/figures/scope.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "plan/support/suggest.hpp"

namespace plan {

bool Scope::covers_role(std::string_view id) const {
  return roles.empty() || std::find(roles.begin(), roles.end(), id) != roles.end();
}

std::vector<std::string> validate_scope(const Plan& plan, const Scope& scope) {
  std::vector<std::string> problems;
  std::vector<std::string_view> ids;
  for (const Role& role : plan.roles.items) {
    if (role.id.known() && !role.duplicate) ids.push_back(*role.id);
  }
  for (const std::string& id : scope.roles) {
    if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
    problems.push_back(fmt::format("unknown role `{}`{} (the plan's roles: {})", id,
                                   did_you_mean(id, ids), fmt::join(ids, ", ")));
  }
  if (!scope.person) return problems;

  // The people of the selected roles, each once, in plan order.
  std::vector<std::string_view> people;
  for (const Role& role : plan.roles.items) {
    if (!role.id.known() || role.duplicate || !scope.covers_role(*role.id)) continue;
    for (const Text& person : role.people) {
      if (std::find(people.begin(), people.end(), person.value) == people.end())
        people.push_back(person.value);
    }
  }
  const std::string& person = *scope.person;
  if (std::find(people.begin(), people.end(), person) != people.end()) return problems;
  const bool all_roles = scope.roles.empty();
  if (people.empty()) {
    problems.push_back(
        fmt::format("unknown person `{}`: {} lists people", person,
                    all_roles ? "no role of the plan" : "none of the selected roles"));
  } else {
    problems.push_back(fmt::format(
        "unknown person `{}`{}{} ({}: {})", person, all_roles ? "" : " in the selected roles",
        did_you_mean(person, people),
        all_roles ? "the plan's people" : "the selected roles' people", fmt::join(people, ", ")));
  }
  return problems;
}

}  // namespace plan

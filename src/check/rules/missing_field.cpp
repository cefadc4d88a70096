// `missing-field`: reported while the file is loaded (src/load/); declared here so
// that the rule table, `plan rules` and policy checks know it.

#include "check/rules/rules.hpp"

namespace plan::rules {

const Rule kMissingField{
    .name = "missing-field",
    .severity = Severity::error,
    .structural = true,
    .summary = "a required key is absent, or a required list is empty or too short",
    .points_at = "the mapping's first key; a list's key",
    .description =
        "A required key is absent or empty (`key:`, `~` and `null` count as absent), or a "
        "required list is empty or too short: the strategy needs at least one goal, the "
        "process at least two stages, and the plan at least one role and one tactic. A "
        "tactic needs `due` unless `after` and `within` give it. The finding points at the "
        "first key of the mapping that lacks the key, or at the list's key.",
    .rationale =
        "Each level of the plan has what makes it usable: a strategy has measurable goals "
        "and an end point, a process has ordered stages, a tactic has an owner and a due "
        "date. Without them the plan cannot be tracked or assigned, which is the reason to "
        "write it down at all.",
    .example = R"yaml(roles:
  - id: salesperson
    people: [Ana Ruiz, Bo Chen]
)yaml",
    .fix = R"yaml(roles:
  - id: salesperson
    name: Salesperson   # every role has a name
    people: [Ana Ruiz, Bo Chen]
)yaml",
    .check = nullptr,
};

}  // namespace plan::rules

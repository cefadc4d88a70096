// `duplicate-key`: reported while the file is loaded (src/load/); declared here so
// that the rule table, `plan rules` and policy checks know it.

#include "check/rules/rules.hpp"

namespace plan::rules {

const Rule kDuplicateKey{
    .name = "duplicate-key",
    .severity = Severity::error,
    .structural = true,
    .summary = "a key repeated in one mapping",
    .points_at = "the second key",
    .description =
        "A key appears twice in one mapping. The first one is read; each repeat is "
        "reported (with a note where the key was first given) and its value is ignored.",
    .rationale =
        "Two values for one key mean two opinions about the plan, and only one of them "
        "counts. A repeated `people` or `due` usually comes from a merge or a copy and "
        "paste; the one that is silently dropped may be the one the team agreed on.",
    .example = R"yaml(roles:
  - id: salesperson
    name: Salesperson
    people: [Ana Ruiz]
    people: [Bo Chen]
)yaml",
    .fix = R"yaml(roles:
  - id: salesperson
    name: Salesperson
    people: [Ana Ruiz, Bo Chen]   # one key, both people
)yaml",
    .check = nullptr,
};

}  // namespace plan::rules

// `invalid-document`: reported while the file is loaded (src/load/); declared here so
// that the rule table, `plan rules` and policy checks know it.

#include "check/rules/rules.hpp"

namespace plan::rules {

const Rule kInvalidDocument{
    .name = "invalid-document",
    .severity = Severity::error,
    .structural = true,
    .summary =
        "empty file, not a mapping at the top, more than one document, aliases that expand past "
        "1,000,000 nodes",
    .points_at = "1:1 or the position found",
    .description =
        "The file must hold exactly one YAML document whose top is a mapping of the plan's "
        "sections (`name`, `strategy`, `process`, `roles`, `tactical_plan`, ...). An empty "
        "file, a list or a single value at the top, a second document after `---`, text "
        "that is not UTF-8, or aliases that would expand past 1,000,000 nodes (or an "
        "anchor that contains itself) is reported once, at 1:1 or where the problem was "
        "found.",
    .rationale =
        "One file holds one plan: the strategy, the process that serves it and the tactics "
        "that carry it out, linked to each other. A file that is not one mapping cannot "
        "link them, and an alias bomb would stop every CI job that reads the plan.",
    .example = R"yaml(# a list at the top, not the plan's mapping
- id: salesperson
  name: Salesperson
)yaml",
    .fix = R"yaml(# the plan is a mapping: its sections are keys
roles:
  - id: salesperson
    name: Salesperson
)yaml",
    .check = nullptr,
};

}  // namespace plan::rules

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
    .check = nullptr,
};

}  // namespace plan::rules

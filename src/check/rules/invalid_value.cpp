// `invalid-value`: reported while the file is loaded (src/load/); declared here so
// that the rule table, `plan rules` and policy checks know it.

#include "check/rules/rules.hpp"

namespace plan::rules {

const Rule kInvalidValue{
    .name = "invalid-value",
    .severity = Severity::error,
    .structural = true,
    .summary =
        "wrong type, unknown enum value, number out of range, bad id or duration, `within` misuse",
    .points_at = "the value",
    .check = nullptr,
};

}  // namespace plan::rules

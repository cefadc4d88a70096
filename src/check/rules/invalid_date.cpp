// `invalid-date`: reported while the file is loaded (src/load/); declared here so
// that the rule table, `plan rules` and policy checks know it.

#include "check/rules/rules.hpp"

namespace plan::rules {

const Rule kInvalidDate{
    .name = "invalid-date",
    .severity = Severity::error,
    .structural = true,
    .summary = "a date that is not YYYY-MM-DD or not on the calendar",
    .points_at = "the value",
    .check = nullptr,
};

}  // namespace plan::rules

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
    .check = nullptr,
};

}  // namespace plan::rules

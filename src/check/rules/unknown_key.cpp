// `unknown-key`: reported while the file is loaded (src/load/); declared here so
// that the rule table, `plan rules` and policy checks know it.

#include "check/rules/rules.hpp"

namespace plan::rules {

const Rule kUnknownKey{
    .name = "unknown-key",
    .severity = Severity::error,
    .structural = true,
    .summary = "a key the format does not have",
    .points_at = "the key",
    .check = nullptr,
};

}  // namespace plan::rules

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
    .check = nullptr,
};

}  // namespace plan::rules

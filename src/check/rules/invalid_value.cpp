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
    .description =
        "A value has the wrong form for its key: text where a list or mapping is needed "
        "(or the other way round), an id with characters other than ASCII letters, digits, "
        "`-`, `_` and `.`, a number that is not plain (`010`, `1e6`, `\"3\"`, `750k`), a "
        "number out of range (a probability outside 0 to 1, a negative deal value, a "
        "`max_days` that is not a positive whole number), an unknown `status` or `repeat`, "
        "a malformed duration (`5d`, `2w`, `1w2d` for `within`; `1h`, `90m`, `1h30m` for "
        "`effort`), or `within` without `after` or together with `due`. A structural rule "
        "named in `policy.rules` or `ignore` is an invalid value too.",
    .rationale =
        "Numbers and dates in a plan are read by the reports: a deal value of `750k` "
        "cannot be summed into the weighted forecast, and a probability of 5 makes the "
        "sales process's odds meaningless. An invalid value is treated as unknown, never "
        "replaced by a guess, so it has to be fixed at the source.",
    .example = R"yaml(deals:
  - id: globex
    name: Globex Corp
    value: 750k
    stage: proof
)yaml",
    .fix = R"yaml(deals:
  - id: globex
    name: Globex Corp
    value: 750000   # a plain number
    stage: proof
)yaml",
    .check = nullptr,
};

}  // namespace plan::rules

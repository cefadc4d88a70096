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
    .description =
        "A date must be written `YYYY-MM-DD` and be on the calendar, quoted or not: "
        "`2027-2-3`, `03/15/2027` and `next week` are not dates, and neither is "
        "`2027-02-30`. The finding points at the value.",
    .rationale =
        "A strategy has end-point dates and every tactic is dated: that is what makes the "
        "plan trackable. A date that is not on the calendar cannot be compared with the "
        "windows, the prerequisites or the as-of date, so every rule that needs it stays "
        "silent.",
    .example = R"yaml(strategy:
  name: Pursue whales to grow revenue
  end: 2030-12-31
  goals:
    - id: revenue
      name: Annual revenue of $12M
      due: 2030-02-30
)yaml",
    .fix = R"yaml(strategy:
  name: Pursue whales to grow revenue
  end: 2030-12-31
  goals:
    - id: revenue
      name: Annual revenue of $12M
      due: 2030-02-28   # February has no 30th
)yaml",
    .check = nullptr,
};

}  // namespace plan::rules

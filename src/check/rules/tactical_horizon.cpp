// `tactical-horizon`: a tactical plan covers 6 to 18 months
// (policy.tactical_months).

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, FindingSink& out) {
  if (!plan.tactical_window) return;  // unknown, or written backwards (date-order)
  const Limits& limits = plan.policy.tactical_months;
  const Window window = *plan.tactical_window;
  if (spans_at_least_months(window, limits.low) && spans_at_most_months(window, limits.high)) {
    return;
  }
  out.report(nullptr, plan.tactical_plan.end.at,
             fmt::format("the tactical plan spans {}; it must span {}",
                         describe_length(window, false), describe_limits(limits, "months")));
}

}  // namespace

const Rule kTacticalHorizon{
    .name = "tactical-horizon",
    .severity = Severity::error,
    .structural = false,
    .summary = "tactical window shorter or longer than the policy allows",
    .points_at = "`tactical_plan.end`",
    .description =
        "The tactical plan's window, from `tactical_plan.start` to `tactical_plan.end`, "
        "must span 6 to 18 months, both inclusive (2027-01-01 to 2027-12-31 is 12 months), "
        "or the limits set in `policy.tactical_months: {min, max}`. The finding points at "
        "`tactical_plan.end`.",
    .rationale =
        "Tactics are the day-to-day activities of a tactical plan that \"may cover a time "
        "frame of six to 18 months\". Shorter, and it is a to-do list that will be "
        "replanned before it shows results; longer, and its activities can no longer be "
        "dated and tracked with any honesty.",
    .example = R"yaml(tactical_plan:
  start: 2027-01-01
  end: 2027-03-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      due: 2027-03-31
      supports: revenue
)yaml",
    .fix = R"yaml(tactical_plan:
  start: 2027-01-01
  end: 2027-12-31   # 12 months
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      due: 2027-03-31
      supports: revenue
)yaml",
    .check = check,
};

}  // namespace plan::rules

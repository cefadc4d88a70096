// `tactical-horizon`: a tactical plan covers 6 to 18 months
// (policy.tactical_months).

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, Reporter& out) {
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
    .check = check,
};

}  // namespace plan::rules

// `unmeasurable-tactic`: tactics are measurable; without a `measure` nobody can
// tell whether the work was done well.

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, Reporter& out) {
  for (const Tactic& t : plan.tactical_plan.tactics.items) {
    if (t.duplicate || t.dropped() || t.measure.present) continue;
    out.report(&t, t.anchor(),
               fmt::format("{} has no `measure`; add `measure: {{metric: ..., target: ...}}` so "
                           "progress can be tracked",
                           label(t, "tactic")));
  }
}

}  // namespace

const Rule kUnmeasurableTactic{
    .name = "unmeasurable-tactic",
    .severity = Severity::warning,
    .structural = false,
    .summary = "a tactic without `measure`",
    .points_at = "the tactic's `id`",
    .check = check,
};

}  // namespace plan::rules

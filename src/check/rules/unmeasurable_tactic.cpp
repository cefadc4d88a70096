// `unmeasurable-tactic`: tactics are measurable; without a `measure` nobody can
// tell whether the work was done well.

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, FindingSink& out) {
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
    .description =
        "A tactic has no `measure`: no `metric` (and ideally `target` and `actual`) says "
        "how its progress is counted. Dropped tactics are not reported.",
    .rationale =
        "Tactics \"are measurable and can be assigned to specific individuals. They are "
        "observable and trackable.\" Without a measure nobody can tell whether the work is "
        "on pace, and the report cannot give the owner credit for it.",
    .example = R"yaml(tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      due: 2027-03-31
      supports: revenue
)yaml",
    .fix = R"yaml(tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      due: 2027-03-31
      supports: revenue
      measure: {metric: dossiers completed, target: 3}   # how progress is counted
)yaml",
    .check = check,
};

}  // namespace plan::rules

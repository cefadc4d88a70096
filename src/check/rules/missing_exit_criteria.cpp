// `missing-exit-criteria`: a process stage says what a deal needs to move on;
// without it the process depends on a rock-star salesperson's judgement. An
// `exit` that is written counts, even empty or invalid (invalid-value says so).

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, FindingSink& out) {
  for (const Stage& s : plan.process.stages.items) {
    if (s.duplicate || s.exit.present) continue;
    out.report(&s, s.anchor(),
               fmt::format("{} has no `exit`; say what a deal needs to move on from it",
                           label(s, "stage")));
  }
}

}  // namespace

const Rule kMissingExitCriteria{
    .name = "missing-exit-criteria",
    .severity = Severity::warning,
    .structural = false,
    .summary = "a stage without `exit`",
    .points_at = "the stage's `id`",
    .description =
        "A stage of the sales process has no `exit`: nothing says what a deal needs to "
        "move on to the next stage. An `exit` that is written counts, even when empty.",
    .rationale =
        "A sales process \"defines what is needed along the way to move from one point to "
        "the next\". Without exit criteria, moving a deal on is a judgement call, and the "
        "process depends on a rock-star salesperson instead of being something people can "
        "be taught.",
    .example = R"yaml(process:
  name: Whale Hunting
  stages:
    - id: qualify
      name: Qualify
      probability: 0.05
    - id: proof
      name: Proof
      exit: Pilot accepted
      probability: 0.4
)yaml",
    .fix = R"yaml(process:
  name: Whale Hunting
  stages:
    - id: qualify
      name: Qualify
      exit: Budget, authority, need and timeline confirmed   # what it takes to move on
      probability: 0.05
    - id: proof
      name: Proof
      exit: Pilot accepted
      probability: 0.4
)yaml",
    .check = check,
};

}  // namespace plan::rules

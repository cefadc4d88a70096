// `missing-exit-criteria`: a process stage says what a deal needs to move on;
// without it the process depends on a rock-star salesperson's judgement. An
// `exit` that is written counts, even empty or invalid (invalid-value says so).

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, Reporter& out) {
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
    .check = check,
};

}  // namespace plan::rules

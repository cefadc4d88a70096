// `overdue`: a tactic past its due date as of the as-of date and not done or
// dropped. Silent when the as-of date is unknown.

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, Reporter& out) {
  if (!plan.today) return;
  const Date today = *plan.today;
  for (const Tactic& t : plan.tactical_plan.tactics.items) {
    if (t.duplicate || !t.due_date || !(*t.due_date < today)) continue;
    if (t.state() == Status::done || t.state() == Status::dropped) continue;
    const int late = today - *t.due_date;
    out.report(&t, t.due_span(),
               fmt::format("{} was due on {}, {} day{} before {}, and is not done; mark it "
                           "`status: done` or move its due date",
                           label(t, "tactic"), format_date(*t.due_date), late, late == 1 ? "" : "s",
                           format_date(today)));
  }
}

}  // namespace

const Rule kOverdue{
    .name = "overdue",
    .severity = Severity::warning,
    .structural = false,
    .summary = "due date before the as-of date, status not `done` or `dropped`",
    .points_at = "the `due` (`within` if derived)",
    .check = check,
};

}  // namespace plan::rules

// `overdue`: a tactic past its due date as of the as-of date and not done or
// dropped. Silent when the as-of date is unknown.

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, FindingSink& out) {
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
    .description =
        "A tactic's due date (explicit or derived) is before the as-of date and its "
        "`status` is neither `done` nor `dropped`. The as-of date is `--as-of`, else the "
        "plan's `as_of`, else today; the rule is silent when it is unknown. The finding "
        "points at `due`, or at `within` for a derived date.",
    .rationale =
        "Tactics are observable and trackable: the plan is also the record of what was "
        "done. An overdue tactic is either late work to chase or finished work nobody "
        "marked done, and both make the accountability reports wrong.",
    .example = R"yaml(as_of: 2027-03-15
tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      due: 2027-02-26
      supports: revenue
)yaml",
    .fix = R"yaml(as_of: 2027-03-15
tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      due: 2027-02-26
      supports: revenue
      status: done   # it was done, on time
      done_on: 2027-02-25
)yaml",
    .check = check,
};

}  // namespace plan::rules

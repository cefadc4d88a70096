// `tactic-outside-window`: a tactic's start or (derived) due date falls outside
// the tactical plan's window.

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, FindingSink& out) {
  if (!plan.tactical_window) return;
  const Window window = *plan.tactical_window;
  const auto where = [&](Date d) {
    return fmt::format("{} the tactical plan's window ({} to {})",
                       d < window.start ? "before" : "after", format_date(window.start),
                       format_date(window.end));
  };
  for (const Tactic& t : plan.tactical_plan.tactics.items) {
    if (t.duplicate) continue;
    if (t.start.known() && !window.contains(*t.start)) {
      out.report(&t, t.start.at,
                 fmt::format("{} starts on {}, {}", label(t, "tactic"), format_date(*t.start),
                             where(*t.start)));
    }
    if (t.due_date && !window.contains(*t.due_date)) {
      out.report(
          &t, t.due_span(),
          fmt::format("{} is due on {}{}, {}", label(t, "tactic"), format_date(*t.due_date),
                      t.due_derived ? " (from `after` + `within`)" : "", where(*t.due_date)));
    }
  }
}

}  // namespace

const Rule kTacticOutsideWindow{
    .name = "tactic-outside-window",
    .severity = Severity::error,
    .structural = false,
    .summary = "a tactic's start or (derived) due outside the tactical window",
    .points_at = "that date (`within` if derived)",
    .description =
        "A tactic's `start` or due date lies outside the tactical window. A derived due "
        "date (from `after` and `within`) counts too; the finding then points at `within`. "
        "Each date outside is one finding.",
    .rationale =
        "A tactical plan is a commitment for its window. A tactic dated outside it is "
        "either last period's leftover or next period's idea; in neither case will this "
        "plan's reports track it.",
    .example = R"yaml(tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: trade-show
      title: Staff a booth at the regional trade show
      owner: salesperson
      due: 2028-02-15
      supports: revenue
)yaml",
    .fix = R"yaml(tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: trade-show
      title: Staff a booth at the regional trade show
      owner: salesperson
      due: 2027-11-15   # inside the tactical plan's year
      supports: revenue
)yaml",
    .check = check,
};

}  // namespace plan::rules

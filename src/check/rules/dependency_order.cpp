// `dependency-order`: an explicit due date before a prerequisite's due date
// (explicit or derived). Prerequisites on the same cycle are skipped.

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, Reporter& out) {
  const auto& tactics = plan.tactical_plan.tactics.items;
  for (const Tactic& t : tactics) {
    if (t.duplicate || !t.due.known()) continue;
    const Tactic* latest = nullptr;
    for (const Ref& r : t.after.refs) {
      if (r.target < 0) continue;
      const Tactic& p = tactics[static_cast<std::size_t>(r.target)];
      if (t.cycle >= 0 && p.cycle == t.cycle) continue;
      if (!p.due_date || !(*t.due < *p.due_date)) continue;
      if (!latest || *p.due_date > *latest->due_date) latest = &p;
    }
    if (!latest) continue;
    out.report(&t, t.due.at,
               fmt::format("{} is due on {}, before its prerequisite `{}` is due on {}; move the "
                           "due date to {} or later",
                           label(t, "tactic"), format_date(*t.due), *latest->id,
                           format_date(*latest->due_date), format_date(*latest->due_date)));
  }
}

}  // namespace

const Rule kDependencyOrder{
    .name = "dependency-order",
    .severity = Severity::error,
    .structural = false,
    .summary = "an explicit due date before a prerequisite's due date",
    .points_at = "the `due`",
    .check = check,
};

}  // namespace plan::rules

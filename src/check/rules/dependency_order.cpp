// `dependency-order`: an explicit due date before a prerequisite's due date
// (explicit or derived). Prerequisites on the same cycle are skipped.

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, FindingSink& out) {
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
    .description =
        "A tactic's explicit `due` date is before the due date of one of its prerequisites "
        "in `after` (explicit or derived; `done_on` is not used). Prerequisites on the "
        "same dependency cycle are skipped. One finding per tactic, at its `due`, naming "
        "the latest prerequisite.",
    .rationale =
        "A tactic that must wait for another cannot sensibly be due first: the salesperson "
        "cannot contact the decision maker before the dossier exists. Such a date will be "
        "missed by construction and shows up later as an overdue tactic nobody could have "
        "finished.",
    .example = R"yaml(tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      due: 2027-03-31
      supports: revenue
    - id: contact
      title: Contact a key decision maker
      owner: salesperson
      after: dossiers
      due: 2027-03-15
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
    - id: contact
      title: Contact a key decision maker
      owner: salesperson
      after: dossiers
      within: 5d   # due 5 days after the dossiers
      supports: revenue
)yaml",
    .check = check,
};

}  // namespace plan::rules

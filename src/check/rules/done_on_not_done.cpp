// `done-on-not-done`: a tactic with a `done_on` whose status is not `done`.

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, FindingSink& out) {
  for (const Tactic& t : plan.tactical_plan.tactics.items) {
    if (t.duplicate || t.dropped() || !t.done_on.present) continue;
    if (t.state() == Status::done) continue;
    out.report(&t, t.done_on.at,
               fmt::format("{} has a `done_on` but its status is `{}`; set `status: done` if "
                           "it is done, or remove `done_on` if it is not",
                           label(t, "tactic"), to_string(t.state())));
  }
}

}  // namespace

const Rule kDoneOnNotDone{
    .name = "done-on-not-done",
    .severity = Severity::warning,
    .structural = false,
    .summary = "a `done_on` on a tactic whose status is not `done`",
    .points_at = "the `done_on`",
    .description =
        "A tactic has a `done_on` date, but its `status` is not `done` (absent counts as "
        "`todo`). One of the two is wrong. A dropped tactic is not checked.",
    .rationale =
        "Tactics are trackable: the status says where a tactic stands and `done_on` when it "
        "finished. When they disagree the reports count it as open while the tactics after "
        "it already count from its finish, so the plan contradicts itself.",
    .example = R"yaml(tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      due: 2027-03-31
      supports: revenue
      measure: {metric: dossiers completed, target: 3}
      status: doing
      done_on: 2027-03-10
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
      measure: {metric: dossiers completed, target: 3}
      status: done   # it was done
      done_on: 2027-03-10
)yaml",
    .check = check,
};

}  // namespace plan::rules

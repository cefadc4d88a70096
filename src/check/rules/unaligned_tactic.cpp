// `unaligned-tactic`: tactics serve the strategy; one that supports no goal is
// work nobody asked for. Silent when the plan has no goals to support.

#include <algorithm>

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, FindingSink& out) {
  if (!plan.strategy.goals.resolvable()) return;
  for (const Tactic& t : plan.tactical_plan.tactics.items) {
    if (t.duplicate || t.dropped()) continue;
    const auto& refs = t.supports.refs;
    if (std::any_of(refs.begin(), refs.end(), [](const Ref& r) { return r.target >= 0; })) continue;
    out.report(&t, t.anchor(),
               fmt::format("{} supports no goal; add `supports: [goal-id]` to tie it to the "
                           "strategy",
                           label(t, "tactic")));
  }
}

}  // namespace

const Rule kUnalignedTactic{
    .name = "unaligned-tactic",
    .severity = Severity::warning,
    .structural = false,
    .summary = "a tactic that supports no goal",
    .points_at = "the tactic's `id`",
    .description =
        "A tactic supports no goal: it has no `supports`, or none of its references "
        "resolve. Silent when the plan has no goals to support, and for dropped tactics.",
    .rationale =
        "Tactics are day-to-day activities \"in service of the strategy\". A tactic tied to "
        "no goal is work nobody asked for, or a goal the strategy forgot to state; either "
        "way it cannot show how it moves the organisation toward where it wants to be.",
    .example = R"yaml(tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      due: 2027-03-31
)yaml",
    .fix = R"yaml(tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      due: 2027-03-31
      supports: revenue   # the goal it serves
)yaml",
    .check = check,
};

}  // namespace plan::rules

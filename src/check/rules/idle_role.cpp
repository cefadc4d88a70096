// `idle-role`: every role has skin in the game; one that owns no tactic and no
// deal has no part in the plan. Silent when the plan has no tactics.

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void mark(const Field<Ref>& owner, std::vector<char>& busy) {
  if (owner.known() && owner->target >= 0) busy[static_cast<std::size_t>(owner->target)] = 1;
}

void check(const Plan& plan, FindingSink& out) {
  if (!plan.tactical_plan.tactics.resolvable()) return;
  const auto& roles = plan.roles.items;
  std::vector<char> busy(roles.size(), 0);
  for (const Tactic& t : plan.tactical_plan.tactics.items) {
    if (!t.duplicate && !t.dropped()) mark(t.owner, busy);
  }
  for (const Deal& d : plan.deals.items) {
    if (!d.duplicate) mark(d.owner, busy);
  }
  for (std::size_t i = 0; i < roles.size(); ++i) {
    const Role& r = roles[i];
    if (r.duplicate || busy[i]) continue;
    out.report(&r, r.anchor(),
               fmt::format("{} owns no tactic and no deal; give it a tactic (`owner: {}`) or "
                           "remove it",
                           label(r, "role"), r.id.known() ? *r.id : std::string("role-id")));
  }
}

}  // namespace

const Rule kIdleRole{
    .name = "idle-role",
    .severity = Severity::warning,
    .structural = false,
    .summary = "a role that owns no tactic and no deal",
    .points_at = "the role's `id`",
    .description =
        "A role owns no tactic and no deal (dropped tactics do not count). Silent when the "
        "plan has no tactics.",
    .rationale =
        "Tactics \"give staff personal accountability, 'skin in the game', that can be "
        "measured and rewarded\". A role with nothing to own has no part in the strategy; "
        "either the plan is missing its tactics or the role does not belong in it.",
    .example = R"yaml(roles:
  - id: salesperson
    name: Salesperson
  - id: sme
    name: Subject matter expert
tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      due: 2027-03-31
      supports: revenue
)yaml",
    .fix = R"yaml(roles:
  - id: salesperson
    name: Salesperson
  - id: sme
    name: Subject matter expert
tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      due: 2027-03-31
      supports: revenue
    - id: questions   # the expert's part in the plan
      title: List Good-to-Great questions for the first meeting
      owner: sme
      due: 2027-04-15
      supports: revenue
)yaml",
    .check = check,
};

}  // namespace plan::rules

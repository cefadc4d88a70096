// `unsupported-goal`: a goal no tactic works towards will not be reached.
// Silent when the plan has no tactics.

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, FindingSink& out) {
  const auto& tactics = plan.tactical_plan.tactics;
  if (!tactics.resolvable()) return;
  const auto& goals = plan.strategy.goals.items;
  std::vector<char> supported(goals.size(), 0);
  for (const Tactic& t : tactics.items) {
    if (t.duplicate || t.dropped()) continue;
    for (const Ref& r : t.supports.refs) {
      if (r.target >= 0) supported[static_cast<std::size_t>(r.target)] = 1;
    }
  }
  for (std::size_t i = 0; i < goals.size(); ++i) {
    const Goal& g = goals[i];
    if (g.duplicate || supported[i]) continue;
    out.report(&g, g.anchor(),
               fmt::format("no tactic supports {}; add a tactic with `supports: [{}]`",
                           label(g, "goal"), g.id.known() ? *g.id : std::string("goal-id")));
  }
}

}  // namespace

const Rule kUnsupportedGoal{
    .name = "unsupported-goal",
    .severity = Severity::warning,
    .structural = false,
    .summary = "a goal that no tactic supports",
    .points_at = "the goal's `id`",
    .description =
        "A goal of the strategy is supported by no tactic (dropped tactics do not count). "
        "Silent when the plan has no tactics.",
    .rationale =
        "A strategy \"defines how an organization intends to get from where it is now to "
        "where it wants to be\"; the tactics are how it gets there. A goal that no tactic "
        "works toward will not be reached, however well the rest of the plan is executed.",
    .example = R"yaml(strategy:
  name: Pursue whales to grow revenue
  end: 2030-12-31
  goals:
    - id: revenue
      name: Annual revenue of $12M
    - id: referrals
      name: Five referrals from whale clients
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
    .fix = R"yaml(strategy:
  name: Pursue whales to grow revenue
  end: 2030-12-31
  goals:
    - id: revenue
      name: Annual revenue of $12M
    - id: referrals
      name: Five referrals from whale clients
tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      due: 2027-03-31
      supports: revenue
    - id: ask-referrals   # a tactic for the second goal
      title: Ask each new whale client for a referral
      owner: salesperson
      due: 2027-12-15
      supports: referrals
)yaml",
    .check = check,
};

}  // namespace plan::rules

// `unsupported-goal`: a goal no tactic works towards will not be reached.
// Silent when the plan has no tactics.

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, Reporter& out) {
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
    .check = check,
};

}  // namespace plan::rules

// `unaligned-tactic`: tactics serve the strategy; one that supports no goal is
// work nobody asked for. Silent when the plan has no goals to support.

#include <algorithm>

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, Reporter& out) {
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
    .check = check,
};

}  // namespace plan::rules

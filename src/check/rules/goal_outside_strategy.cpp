// `goal-outside-strategy`: a goal's due date is an end point of the strategy,
// so it lies inside the strategy's window.

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, FindingSink& out) {
  if (!plan.strategy_window) return;
  const Window window = *plan.strategy_window;
  for (const Goal& g : plan.strategy.goals.items) {
    if (g.duplicate || !g.due.known() || window.contains(*g.due)) continue;
    out.report(&g, g.due.at,
               fmt::format("{} is due on {}, {} the strategy's window ({} to {})", label(g, "goal"),
                           format_date(*g.due), *g.due < window.start ? "before" : "after",
                           format_date(window.start), format_date(window.end)));
  }
}

}  // namespace

const Rule kGoalOutsideStrategy{
    .name = "goal-outside-strategy",
    .severity = Severity::error,
    .structural = false,
    .summary = "a goal's due date outside the strategy window",
    .points_at = "the goal's `due`",
    .description =
        "A goal's `due` date lies outside the strategy window (from the strategy's start "
        "to `strategy.end`). The finding points at the goal's `due`.",
    .rationale =
        "A strategy's goals are its measurable end points: \"a strategy may include time "
        "frames but typically they are 'end point' dates\". A goal due after the strategy "
        "ends, or before it starts, belongs to another strategy.",
    .example = R"yaml(strategy:
  name: Pursue whales to grow revenue
  start: 2027-01-01
  end: 2030-12-31
  goals:
    - id: revenue
      name: Annual revenue of $12M
      due: 2031-12-31
)yaml",
    .fix = R"yaml(strategy:
  name: Pursue whales to grow revenue
  start: 2027-01-01
  end: 2030-12-31
  goals:
    - id: revenue
      name: Annual revenue of $12M
      due: 2030-12-31   # the strategy's end point
)yaml",
    .check = check,
};

}  // namespace plan::rules

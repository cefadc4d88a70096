// `tactical-outside-strategy`: the tactical plan serves the strategy, so its
// window lies inside the strategy's. One finding per date outside.

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, FindingSink& out) {
  if (!plan.tactical_window || !plan.strategy_window) return;
  const Window strategy = *plan.strategy_window;
  const auto outside = [&](const Field<Date>& date, std::string_view which) {
    if (strategy.contains(*date)) return;
    out.report(nullptr, date.at,
               fmt::format("the tactical plan {} on {}, {} the strategy {} ({} to {})", which,
                           format_date(*date), *date < strategy.start ? "before" : "after",
                           *date < strategy.start ? "starts" : "ends", format_date(strategy.start),
                           format_date(strategy.end)));
  };
  outside(plan.tactical_plan.start, "starts");
  outside(plan.tactical_plan.end, "ends");
}

}  // namespace

const Rule kTacticalOutsideStrategy{
    .name = "tactical-outside-strategy",
    .severity = Severity::error,
    .structural = false,
    .summary = "tactical window not inside the strategy window",
    .points_at = "the date outside",
    .description =
        "The tactical window must lie inside the strategy window: `tactical_plan.start` on "
        "or after the strategy's start, and `tactical_plan.end` on or before "
        "`strategy.end`. Each date outside is one finding, at that date.",
    .rationale =
        "Tactics are executed \"in service of the strategy that has been laid out\". A "
        "tactical plan that starts before the strategy or runs past its end point serves a "
        "direction that is not yet, or no longer, the one the organisation chose.",
    .example = R"yaml(strategy:
  name: Pursue whales to grow revenue
  start: 2027-07-01
  end: 2030-12-31
  goals:
    - id: revenue
      name: Annual revenue of $12M
      due: 2030-12-31
tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      due: 2027-09-30
      supports: revenue
)yaml",
    .fix = R"yaml(strategy:
  name: Pursue whales to grow revenue
  start: 2027-01-01   # the tactics start with it
  end: 2030-12-31
  goals:
    - id: revenue
      name: Annual revenue of $12M
      due: 2030-12-31
tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      due: 2027-09-30
      supports: revenue
)yaml",
    .check = check,
};

}  // namespace plan::rules

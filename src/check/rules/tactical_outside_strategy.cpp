// `tactical-outside-strategy`: the tactical plan serves the strategy, so its
// window lies inside the strategy's. One finding per date outside.

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, Reporter& out) {
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
    .check = check,
};

}  // namespace plan::rules

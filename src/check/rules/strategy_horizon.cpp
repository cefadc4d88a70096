// `strategy-horizon`: the strategy looks 3 to 5 years out (policy.strategy_years).
// Its window runs from `strategy.start` (default: the tactical plan's start) to
// `strategy.end`.

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, Reporter& out) {
  const Strategy& s = plan.strategy;
  const std::optional<Date> start =
      s.start.present ? s.start.value : plan.tactical_plan.start.value;
  if (!start || !s.end.known()) return;
  const Limits& limits = plan.policy.strategy_years;
  const std::string allowed = describe_limits(limits, "years");
  if (*s.end < *start) {
    if (s.start.present) return;  // date-order reports a window written backwards
    out.report(nullptr, s.end.at,
               fmt::format("the strategy ends on {}, before it starts with the tactical plan on "
                           "{}; it must span {}",
                           format_date(*s.end), format_date(*start), allowed));
    return;
  }
  const Window window{*start, *s.end};
  if (spans_at_least_months(window, limits.low * 12) &&
      spans_at_most_months(window, limits.high * 12)) {
    return;
  }
  out.report(nullptr, s.end.at,
             fmt::format("the strategy spans {}; it must span {}", describe_length(window, true),
                         allowed));
}

}  // namespace

const Rule kStrategyHorizon{
    .name = "strategy-horizon",
    .severity = Severity::error,
    .structural = false,
    .summary = "strategy window shorter or longer than the policy allows",
    .points_at = "`strategy.end`",
    .check = check,
};

}  // namespace plan::rules

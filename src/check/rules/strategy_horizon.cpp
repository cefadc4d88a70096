// `strategy-horizon`: the strategy looks 3 to 5 years out (policy.strategy_years).
// Its window runs from `strategy.start` (default: the tactical plan's start) to
// `strategy.end`.

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, FindingSink& out) {
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
  if (spans_at_least_months(window, std::int64_t{limits.low} * 12) &&
      spans_at_most_months(window, std::int64_t{limits.high} * 12)) {
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
    .description =
        "The strategy's window, from `strategy.start` (default: `tactical_plan.start`) to "
        "`strategy.end`, must span 3 to 5 years, both inclusive, or the limits set in "
        "`policy.strategy_years: {min, max}`. The finding points at `strategy.end`.",
    .rationale =
        "A strategy is the long-term direction, \"perhaps three to five years out\", with "
        "end-point dates. Two years is a tactical horizon dressed up as a strategy; ten "
        "years is a wish. Either way the tactical plan has nothing of the right size to "
        "serve.",
    .example = R"yaml(strategy:
  name: Pursue whales to grow revenue
  start: 2027-01-01
  end: 2028-12-31
  goals:
    - id: revenue
      name: Annual revenue of $12M
      due: 2028-12-31
)yaml",
    .fix = R"yaml(strategy:
  name: Pursue whales to grow revenue
  start: 2027-01-01
  end: 2030-12-31   # 4 years out
  goals:
    - id: revenue
      name: Annual revenue of $12M
      due: 2030-12-31
)yaml",
    .check = check,
};

}  // namespace plan::rules

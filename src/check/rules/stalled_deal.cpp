// `stalled-deal`: a deal that has sat in its stage longer than the stage's
// `max_days` as of the as-of date.

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, Reporter& out) {
  if (!plan.today) return;
  for (const Deal& d : plan.deals.items) {
    if (d.duplicate || !d.since.known() || !d.stage.known() || d.stage->target < 0) continue;
    const Stage& stage = plan.process.stages.items[static_cast<std::size_t>(d.stage->target)];
    if (!stage.max_days.known()) continue;
    const int days = *plan.today - *d.since;
    if (days <= *stage.max_days) continue;
    out.report(
        &d, d.since.at,
        fmt::format("{} has been in stage `{}` for {} days since {}, more than its {} "
                    "(`max_days`); move it on or close it out",
                    label(d, "deal"), d.stage->id, days, format_date(*d.since), *stage.max_days));
  }
}

}  // namespace

const Rule kStalledDeal{
    .name = "stalled-deal",
    .severity = Severity::warning,
    .structural = false,
    .summary = "as-of date − `since` > the stage's `max_days` (days)",
    .points_at = "the deal's `since`",
    .check = check,
};

}  // namespace plan::rules

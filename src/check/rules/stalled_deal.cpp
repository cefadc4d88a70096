// `stalled-deal`: a deal that has sat in its stage longer than the stage's
// `max_days` as of the as-of date.

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, FindingSink& out) {
  if (!plan.today) return;
  for (const Deal& d : plan.deals.items) {
    if (d.duplicate || !d.open() || !d.since.known() || !d.stage.known() || d.stage->target < 0)
      continue;
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
    .description =
        "A deal has been in its current stage longer than the stage's `max_days`: the "
        "as-of date minus the deal's `since` is more than `max_days` days. Silent when the "
        "as-of date is unknown, or the deal or stage lacks the dates.",
    .rationale =
        "A sales process moves prospects \"from Stranger to Raving Fan\" through milestones. "
        "A deal that sits in one stage past its limit is not moving, and its share of the "
        "weighted forecast is probably fiction until someone moves it on or closes it out.",
    .example = R"yaml(as_of: 2027-03-15
process:
  name: Whale Hunting
  stages:
    - id: proof
      name: Proof
      exit: Pilot accepted
      probability: 0.4
      max_days: 45
    - id: close
      name: Close
      exit: Contract signed
      probability: 0.9
deals:
  - id: globex
    name: Globex Corp
    value: 750000
    stage: proof
    since: 2027-01-04
)yaml",
    .fix = R"yaml(as_of: 2027-03-15
process:
  name: Whale Hunting
  stages:
    - id: proof
      name: Proof
      exit: Pilot accepted
      probability: 0.4
      max_days: 45
    - id: close
      name: Close
      exit: Contract signed
      probability: 0.9
deals:
  - id: globex
    name: Globex Corp
    value: 750000
    stage: close   # moved on
    since: 2027-03-10
)yaml",
    .check = check,
};

}  // namespace plan::rules

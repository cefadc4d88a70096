// `future-date`: a date that records what happened (a tactic's `done_on`, a
// deal's `since` or `closed_on`) after the as-of date. Silent when the as-of
// date is unknown.

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void report_if_later(const Item& item, std::string_view noun, const Field<Date>& date,
                     std::string_view key, Date today, FindingSink& out) {
  if (!date.known() || !(*date > today)) return;
  out.report(&item, date.at,
             fmt::format("{}'s `{}` is {}, after the as-of date {}: what happened cannot be later "
                         "than today; correct the date, or remove it until it happens",
                         label(item, noun), key, format_date(*date), format_date(today)));
}

void check(const Plan& plan, FindingSink& out) {
  if (!plan.today) return;
  const Date today = *plan.today;
  for (const Tactic& t : plan.tactical_plan.tactics.items) {
    if (t.duplicate || t.dropped()) continue;
    report_if_later(t, "tactic", t.done_on, "done_on", today, out);
  }
  for (const Deal& d : plan.deals.items) {
    if (d.duplicate) continue;
    report_if_later(d, "deal", d.since, "since", today, out);
    report_if_later(d, "deal", d.closed_on, "closed_on", today, out);
  }
}

}  // namespace

const Rule kFutureDate{
    .name = "future-date",
    .severity = Severity::warning,
    .structural = false,
    .summary = "a `done_on`, a deal's `since` or `closed_on` is after the as-of date",
    .points_at = "that date",
    .description =
        "A date that records what happened is after the as-of date: a tactic's `done_on`, a "
        "deal's `since` (when it entered its stage) or `closed_on` (when it closed). What "
        "happened cannot be later than today. Silent when the as-of date is unknown; a "
        "dropped tactic is not checked.",
    .rationale =
        "The plan is also the record of what was done and where each deal stands. A date "
        "in the future is a typo or a wish, and it makes the accountability reports, the "
        "win rate and the stalled-deal check count from a day that has not come.",
    .example = R"yaml(deals:
  - id: globex
    name: Globex Corp
    value: 750000
    stage: close
    outcome: won
    closed_on: 2027-04-02
)yaml",
    .fix = R"yaml(deals:
  - id: globex
    name: Globex Corp
    value: 750000
    stage: close
    outcome: won
    closed_on: 2027-03-02   # the day it was signed
)yaml",
    .check = check,
};

}  // namespace plan::rules

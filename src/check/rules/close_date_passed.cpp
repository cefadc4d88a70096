// `close-date-passed`: an open deal whose expected `close` is before the
// as-of date. Silent when the as-of date is unknown.

#include "check/rules/rules.hpp"

namespace plan::rules {

namespace {

void check(const Plan& plan, FindingSink& out) {
  if (!plan.today) return;
  const Date today = *plan.today;
  for (const Deal& d : plan.deals.items) {
    if (d.duplicate || !d.open() || !d.close.known() || !(*d.close < today)) continue;
    const int late = today - *d.close;
    out.report(&d, d.close.at,
               fmt::format("{} was expected to close on {}, {} day{} before {}, and is still "
                           "open; move `close` to the date it is now expected, or close it "
                           "with `outcome` and `closed_on`",
                           label(d, "deal"), format_date(*d.close), late, late == 1 ? "" : "s",
                           format_date(today)));
  }
}

}  // namespace

const Rule kCloseDatePassed{
    .name = "close-date-passed",
    .severity = Severity::warning,
    .structural = false,
    .summary = "an open deal's `close` is before the as-of date",
    .points_at = "the `close`",
    .description =
        "An open deal (one without `outcome`) has an expected `close` date before the as-of "
        "date. Either the deal closed and the plan does not say so (`outcome` and "
        "`closed_on`), or it slipped and its `close`, and so the forecast by quarter, is "
        "out of date. Silent when the as-of date is unknown; a `close` on a closed deal is "
        "ignored.",
    .rationale =
        "The forecast by quarter is what a sales leader books against. A deal still counted "
        "in a quarter that is already over inflates the wrong quarter and hides the slip "
        "from the people who could act on it.",
    .example = R"yaml(deals:
  - id: globex
    name: Globex Corp
    value: 750000
    stage: proof
    since: 2027-03-01
    close: 2027-02-26
)yaml",
    .fix = R"yaml(deals:
  - id: globex
    name: Globex Corp
    value: 750000
    stage: proof
    since: 2027-03-01
    close: 2027-06-30   # moved to when it is now expected
)yaml",
    .check = check,
};

}  // namespace plan::rules

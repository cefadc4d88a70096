// `date-order`: a start after its end or due date. Only dates written in the
// file are compared (a derived due date is not).

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void compare(const Item* about, const Field<Date>& start, const Field<Date>& end,
             std::string_view what, std::string_view end_word, FindingSink& out) {
  if (!start.known() || !end.known() || !(*end < *start)) return;
  out.report(about, end.at,
             fmt::format("{} {} {} before it starts on {}; swap the dates or fix one", what,
                         end_word == "due" ? "is due on" : "ends on", format_date(*end),
                         format_date(*start)));
}

void check(const Plan& plan, FindingSink& out) {
  compare(nullptr, plan.strategy.start, plan.strategy.end, "the strategy", "end", out);
  compare(nullptr, plan.tactical_plan.start, plan.tactical_plan.end, "the tactical plan", "end",
          out);
  for (const Tactic& t : plan.tactical_plan.tactics.items) {
    if (t.duplicate) continue;
    compare(&t, t.start, t.due, label(t, "tactic"), "due", out);
  }
}

}  // namespace

const Rule kDateOrder{
    .name = "date-order",
    .severity = Severity::error,
    .structural = false,
    .summary = "a start after its end or due date",
    .points_at = "the end or due value",
    .description =
        "A start date is after the end or due date it goes with: the strategy's `start` "
        "and `end`, the tactical plan's `start` and `end`, or a tactic's `start` and "
        "`due`. Only dates written in the file are compared; the finding points at the end "
        "or due date. A window that ends before it starts silences the rules that use that "
        "window.",
    .rationale =
        "Dates are what make tactics trackable and strategies time-bound. A tactic that is "
        "due before it starts cannot be scheduled, and a window that ends before it begins "
        "holds nothing, so the checks that depend on it cannot run.",
    .example = R"yaml(tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      start: 2027-04-01
      due: 2027-03-31
      supports: revenue
)yaml",
    .fix = R"yaml(tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      start: 2027-03-01   # starts before it is due
      due: 2027-03-31
      supports: revenue
)yaml",
    .check = check,
};

}  // namespace plan::rules

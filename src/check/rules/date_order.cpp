// `date-order`: a start after its end or due date. Only dates written in the
// file are compared (a derived due date is not).

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void compare(const Item* about, const Field<Date>& start, const Field<Date>& end,
             std::string_view what, std::string_view end_word, Reporter& out) {
  if (!start.known() || !end.known() || !(*end < *start)) return;
  out.report(about, end.at,
             fmt::format("{} {} {} before it starts on {}; swap the dates or fix one", what,
                         end_word == "due" ? "is due on" : "ends on", format_date(*end),
                         format_date(*start)));
}

void check(const Plan& plan, Reporter& out) {
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
    .check = check,
};

}  // namespace plan::rules

// `overloaded`: a person whose planned load in some week exceeds their role's
// `capacity` (the load is figures/load.hpp's). One finding per person, at the
// first such week.

#include <fmt/ranges.h>

#include "check/rules/rules.hpp"
#include "plan/figures/workload.hpp"
#include "plan/model/duration.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, FindingSink& out) {
  const auto& tactics = plan.tactical_plan.tactics.items;
  for (const PersonWorkload& load : planned_load(plan, /*with_capacity_only=*/true)) {
    const WeekWorkload* week = load.first_over();
    if (!week) continue;
    const Role& role = plan.roles.items[static_cast<std::size_t>(load.role)];
    // Named up to a handful, so that a week of a hundred tactics stays one readable line.
    constexpr std::size_t kNamed = 5;
    std::vector<std::string_view> ids;
    for (std::size_t i = 0; i < week->tactics.size() && i < kNamed; ++i)
      ids.push_back(tactics[static_cast<std::size_t>(week->tactics[i])].name_or_empty());
    std::string named = fmt::format("{}", fmt::join(ids, ", "));
    if (week->tactics.size() > kNamed)
      named += fmt::format(" and {} more", week->tactics.size() - kNamed);
    const std::string who =
        load.person.empty() ? label(role, "role") : fmt::format("{} ({})", load.person, *role.id);
    out.report(&role, role.capacity.at,
               fmt::format("{} is planned for {} in the week of {}, more than the capacity of {} "
                           "a week; the tactics that fill it: {}; spread them out, reassign them "
                           "or raise `capacity`",
                           who, format_minutes(std::llround(week->minutes)),
                           format_date(week->monday), format_minutes(*load.capacity), named));
  }
}

}  // namespace

const Rule kOverloaded{
    .name = "overloaded",
    .severity = Severity::warning,
    .structural = false,
    .summary = "a person's planned load in some week exceeds their role's `capacity`",
    .points_at = "the role's `capacity`",
    .description =
        "A person's planned load in a week (Monday to Sunday) is more than their role's "
        "`capacity`. The load sums, over the tactics assigned to them that are not done or "
        "dropped, `effort` × the occurrences of `repeat` in that week between the tactic's "
        "start and its due date (`daily` every day, `weekdays` Monday to Friday, `weekly` on "
        "the start's weekday, `monthly` and `quarterly` on the start's day of the month); a "
        "tactic without `repeat` is one occurrence on its due date. A role's unassigned "
        "tactics load its people equally. One finding per person, naming the first week "
        "over capacity, its hours and the tactics that fill it (the first five, and how many "
        "more).",
    .rationale =
        "Tactics are assigned to people so that someone does them. A week that holds more "
        "work than the person has hours for means some tactic will slip, and the plan no "
        "longer says which one; spreading or reassigning the work keeps the plan honest.",
    .example = R"yaml(roles:
  - id: salesperson
    name: Salesperson
    people: [Ana Ruiz, Bo Chen]
    capacity: 10h
tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      assignee: Ana Ruiz
      start: 2027-03-01
      due: 2027-03-31
      repeat: weekdays
      effort: 3h
      supports: revenue
      measure: {metric: dossiers completed, target: 3}
)yaml",
    .fix = R"yaml(roles:
  - id: salesperson
    name: Salesperson
    people: [Ana Ruiz, Bo Chen]
    capacity: 10h
tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      assignee: Ana Ruiz
      start: 2027-03-01
      due: 2027-03-31
      repeat: weekdays
      effort: 1h30m   # 7h30m a week, within the 10h
      supports: revenue
      measure: {metric: dossiers completed, target: 3}
)yaml",
    .check = check,
};

}  // namespace plan::rules

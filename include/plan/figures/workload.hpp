#pragma once
// load: each person's planned load week by week, against their role's
// `capacity` (docs/format.md, `roles`). A week runs Monday to Sunday. The
// load of a tactic assigned to a person, not done or dropped, is its `effort`
// × the occurrences of its `repeat` in the week between its start
// (Tactic::start_date) and its due date; without `repeat`, one occurrence on the
// due date. A role's unassigned tactics load its people equally, or the role
// itself when it lists nobody. Weeks are counted over the tactical window.

#include <optional>
#include <string>
#include <vector>

#include "plan/model/date.hpp"
#include "plan/model/model.hpp"

namespace plan {

/// The most weeks a load is counted over: a window longer than this (some
/// 19 years; a tactical plan is 6 to 18 months) is counted for its first weeks.
inline constexpr int kMaxLoadWeeks = 1000;

/// One week of a person's load.
struct WeekWorkload {
  Date monday;
  double minutes = 0;
  std::vector<int> tactics;  ///< indices into the plan's tactics that fill it, in file order
};

/// A person's planned load: the weeks that hold some, in order.
struct PersonWorkload {
  int role = -1;                    ///< index into Plan::roles
  std::string person;               ///< empty: the role itself, which lists nobody
  std::optional<int> capacity;      ///< minutes a week, the role's `capacity`
  std::vector<WeekWorkload> weeks;  ///< the weeks with a load, by date

  /// The week with the most load (the first of equals); nullptr when none.
  const WeekWorkload* peak() const;
  /// The first week whose load exceeds the capacity; nullptr when none or no capacity.
  const WeekWorkload* first_over() const;
};

/// How many times `repeat` falls in the week starting `monday`, within
/// [start, due]: daily every day, weekdays Monday to Friday, weekly on the
/// start's weekday, monthly and quarterly on the start's day of the month
/// (clamped to the month's last day); without a repeat, once on the due date.
int occurrences_in_week(std::optional<Repeat> repeat, Date start, Date due, Date monday);

/// The Monday of the week that holds `date`.
Date monday_of(Date date);

/// The planned load of every person of every role (each role's people in
/// listed order; a role with nobody as itself), over the tactical window;
/// only the roles with a `capacity` when `with_capacity_only`. Empty when
/// the tactical window is unknown.
std::vector<PersonWorkload> planned_load(const Plan& plan, bool with_capacity_only = false);

}  // namespace plan

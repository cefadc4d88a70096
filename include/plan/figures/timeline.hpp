#pragma once
// timeline: the windows and tactics of `plan timeline` on a time axis, as
// plain figures. Rows are grouped by role in the file's order of roles,
// tactics in file order within a role; each drawn bar runs from the tactic's
// start (Tactic::start_date) to its due date and carries its standing. Renderers
// (plan/timeline_render.hpp) draw them as text, SVG or Mermaid.

#include <optional>
#include <string>
#include <vector>

#include "plan/figures/accountability.hpp"
#include "plan/figures/scope.hpp"
#include "plan/model/date.hpp"
#include "plan/model/model.hpp"

namespace plan {

/// Which part of the plan a timeline shows. Empty fields keep everything.
struct TimelineQuery {
  Scope scope;               ///< the person: their tactics, plus their roles' unassigned ones
  std::optional<Date> from;  ///< the axis starts here instead of the tactical plan's start
  std::optional<Date> to;    ///< the axis ends here instead of the tactical plan's end
};

/// One tactic's row. A row whose due date (or start) is unknown is listed
/// with the reason and not drawn.
struct TimelineRow {
  int index = -1;  ///< into plan.tactical_plan.tactics.items
  std::string id;
  std::string title;     ///< empty when unknown
  std::string assignee;  ///< empty when unassigned
  Status status = Status::todo;
  Standing standing = Standing::on_track;
  std::optional<Date> start;  ///< its start (`start`, else derived, else the tactical plan's)
  std::optional<Date> due;    ///< explicit or derived
  bool due_derived = false;   ///< the due date comes from `after` + `within`
  /// The ids of its prerequisites when its start is theirs (no `start` of its own).
  std::vector<std::string> start_after;
  Window drawn{};          ///< start..due cut to the axis; meaningful when drawable()
  bool cut_start = false;  ///< starts before the axis: cut at its left edge
  bool cut_end = false;    ///< ends after the axis: cut at its right edge
  bool milestone = false;  ///< its start is its due date
  std::string not_drawn;   ///< why it is not drawn (its dates are unknown); empty when drawn

  bool drawable() const { return not_drawn.empty(); }
};

/// One role's lane.
struct TimelineLane {
  std::string id;
  std::string name;  ///< its name, else its id
  std::vector<TimelineRow> rows;
};

/// A strategy goal on the band above the lanes, at its due date.
struct TimelineGoal {
  std::string id;
  std::string name;  ///< its name, else its id
  std::optional<Date> due;
  /// Where its due date lies against the axis: -1 before, 0 on it, 1 after.
  int side = 0;
};

/// The whole timeline. Without an axis (no tactical window and no --from and
/// --to), nothing is drawn.
struct Timeline {
  std::string plan_name;
  std::string tactical_name;
  Date as_of;
  std::optional<Window> axis;       ///< the days shown, inclusive
  bool as_of_on_axis = false;       ///< the as-of date lies on the axis
  std::vector<TimelineGoal> goals;  ///< in plan order
  std::vector<TimelineLane> lanes;  ///< the selected roles in plan order, even when empty
  Tally tally;                      ///< over the drawn and listed rows

  /// How many rows in all lanes.
  std::size_t row_count() const;
};

/// The timeline of an analysed plan as of `today`. Check the query's scope
/// first (validate_scope): unknown names simply match nothing.
Timeline build_timeline(const Plan& plan, const TimelineQuery& query, Date today);

}  // namespace plan

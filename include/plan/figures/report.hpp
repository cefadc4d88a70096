#pragma once
// model: the accountability report of `plan report` as plain figures. The
// strategy's goals, then for every role and every person in it the source
// article's three questions: What's my job? What counts? How am I doing?
// The terms (done, overdue, blocked, ...) are those of accountability.hpp.
// Renderers (src/report/) print these figures; nothing here prints.

#include <optional>
#include <string>
#include <vector>

#include "plan/figures/accountability.hpp"
#include "plan/figures/pipeline.hpp"
#include "plan/figures/scope.hpp"
#include "plan/figures/workload.hpp"
#include "plan/model/date.hpp"
#include "plan/model/model.hpp"

namespace plan {

/// How many days ahead "What counts?" looks for what is due next.
inline constexpr int kDueAheadDays = 30;

/// How far through an inclusive window the as-of date is.
struct WindowProgress {
  Window window;
  int days = 0;          ///< end − start
  int elapsed_days = 0;  ///< as-of − start, clamped to 0 ..= days
  double elapsed = 0;    ///< elapsed_days ÷ days (a one-day window: 1 once reached)
};

/// Where a window stands as of `today`.
WindowProgress window_progress(Window window, Date today);

/// A tactic as the report shows it. Dropped and duplicate tactics have none.
struct TacticFigures {
  int index = -1;  ///< into plan.tactical_plan.tactics.items
  std::string id;
  std::string title;
  std::string role;      ///< the owner's role id; empty when the owner is unknown
  std::string assignee;  ///< empty when unassigned
  std::optional<Date> due;
  Status status = Status::todo;  ///< as written
  Assessment assessment;         ///< where it stands as of the as-of date
  std::vector<int> goals;        ///< indices into Report::goals of the goals it supports
  std::string metric;            ///< `measure.metric`, empty when none
  std::optional<double> target;  ///< `measure.target`
  std::optional<double> actual;  ///< `measure.actual`
};

/// A strategy goal's figures.
struct GoalFigures {
  std::string id;
  std::string name;
  std::string metric;
  std::optional<double> target;
  std::optional<double> actual;
  std::optional<double> progress;  ///< actual ÷ target; nothing unless both known and target ≠ 0
  std::optional<Date> due;
  std::vector<int> tactics;  ///< indices into Report::tactics of the tactics supporting it
  int done = 0;              ///< how many of those are done

  /// No (undropped) tactic supports it.
  bool unsupported() const { return tactics.empty(); }
};

/// The three questions answered for one role or one person.
struct Accountability {
  /// What's my job? Indices into Report::tactics, by due date (unknown last), then file order.
  std::vector<int> tactics;
  /// What counts? Indices into Report::goals of the goals the tactics serve, in plan order.
  std::vector<int> goals;
  /// What counts next? Tactics not done, due from the as-of date to kDueAheadDays after it.
  std::vector<int> due_ahead;
  /// How am I doing? Counts over `tactics`.
  Tally tally;
  int dropped = 0;  ///< dropped tactics, left out of everything above
};

/// A person's share of a role: an assignee, or the role's unassigned tactics.
struct PersonReport {
  std::string name;         ///< empty for the unassigned tactics
  bool unassigned = false;  ///< the tactics of the role that name no assignee
  Accountability figures;
  /// How am I doing, in sales: bookings, attainment and coverage against the
  /// role's quota, and their own deals; set when the role has a quota or the
  /// person has deals.
  std::optional<PersonSales> sales;
  /// The week of their highest planned load; nothing when no tactic loads them.
  std::optional<WeekWorkload> peak_load;
  std::optional<int> capacity;  ///< the role's `capacity`, minutes a week
};

struct RoleReport {
  std::string id;
  std::string name;
  Accountability figures;  ///< the whole role
  /// The role's people in listed order (each, even with nothing to do), then
  /// the unassigned tactics when there are any.
  std::vector<PersonReport> people;
};

/// The whole report. The header, goals and totals cover the whole plan; the
/// scope selects only the role and person sections.
struct Report {
  std::string plan_name;
  Date as_of;
  std::string strategy_name;
  std::optional<WindowProgress> strategy;  ///< nothing when the window is unknown
  std::string tactical_name;
  std::optional<WindowProgress> tactical;
  std::vector<GoalFigures> goals;      ///< in plan order
  std::vector<TacticFigures> tactics;  ///< every tactic counted, in file order
  Tally total;                         ///< every tactic counted
  int dropped = 0;                     ///< dropped tactics, left out of every count
  std::vector<RoleReport> roles;       ///< the selected roles, in plan order
};

/// Builds the report for an analysed plan as of `today`, with the sections of
/// the scope's roles and, in each, only its person's. Check the scope first
/// (validate_scope): names that match nothing select nothing.
Report build_report(const Plan& plan, Date today, const Scope& scope = {});

}  // namespace plan

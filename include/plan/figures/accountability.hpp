#pragma once
// The accountability terms (docs/report.md), one definition for every command that
// reports on tactics (tasks, report): done, overdue, blocked, behind
// pace, on track; completion and on-time rate.

#include <optional>

#include "plan/model/date.hpp"
#include "plan/model/model.hpp"

namespace plan {

/// Where a tactic stands as of a date. Each counted tactic is in exactly one,
/// in this order of precedence.
enum class Standing : std::uint8_t { done, overdue, blocked, behind_pace, on_track };

std::string_view to_string(Standing standing);

/// A tactic's computed facts as of a date.
struct Assessment {
  Standing standing = Standing::on_track;
  bool dropped = false;            ///< left out of every count
  bool due_by_today = false;       ///< has a due date on or before the as-of date
  bool done_on_time = false;       ///< done, with `done_on` on or before its due date
  bool due_soon = false;           ///< not done, due within the next 7 days
  bool prerequisite_open = false;  ///< a prerequisite is not done (whether or not it blocks yet)
  /// Not done: status `blocked`, or a prerequisite not done once its start has
  /// come. A flag of its own: an overdue tactic can be blocked too.
  bool blocked = false;
  std::optional<Date> start;      ///< the tactic's start_date (analyze)
  std::optional<double> elapsed;  ///< share of start..due passed by the as-of date, 0 to 1

  /// Nothing blocks it and it is not done or dropped.
  bool ready() const { return !dropped && standing != Standing::done && !blocked; }
};

/// How many days ahead "due soon" looks.
inline constexpr int kDueSoonDays = 7;

/// Assesses an analysed tactic as of `today`.
Assessment assess(const Plan& plan, const Tactic& tactic, Date today);

/// Counts over a set of tactics (dropped ones are skipped).
struct Tally {
  int total = 0;  ///< tactics counted (not dropped)
  int done = 0;
  int overdue = 0;
  int blocked = 0;
  int behind_pace = 0;
  int on_track = 0;
  int due_by_today = 0;
  int done_by_today = 0;     ///< due by the as-of date and done
  int on_time_by_today = 0;  ///< due by the as-of date and done on time

  void add(const Assessment& a);
  /// Done ÷ due by the as-of date; nothing when nothing is due yet.
  std::optional<double> completion() const;
  /// Done on time ÷ due by the as-of date; nothing when nothing is due yet.
  std::optional<double> on_time_rate() const;
};

}  // namespace plan

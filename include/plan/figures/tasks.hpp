#pragma once
// tasks: the per-role task lists of `plan tasks`. A task is a tactic with its
// computed facts as of a date (role and person, start, due date, flags, effort
// per week); a query selects and orders them. No printing: renderers
// (plan/tasks_render.hpp) turn a TaskList into text, Markdown, CSV, JSON or iCalendar.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "plan/figures/accountability.hpp"
#include "plan/figures/scope.hpp"
#include "plan/model/date.hpp"
#include "plan/model/duration.hpp"
#include "plan/model/model.hpp"

namespace plan {

/// Which tasks to list. Every filter narrows the list; an empty one keeps all.
struct TaskQuery {
  Scope scope;                   ///< the person: their tasks, plus their roles' unassigned ones
  std::vector<Status> statuses;  ///< empty: the open ones (todo, doing, blocked)
  std::optional<Date> from;      ///< keep tasks whose start..due span reaches this date
  std::optional<Date> to;        ///< keep tasks whose start..due span begins by this date
                                 ///< (overdue tasks are kept whatever from and to say)
};

/// A tactic with its computed facts as of a date. Views point into the Plan,
/// which must outlive the task.
struct Task {
  const Tactic* tactic = nullptr;
  int role = -1;                           ///< index of the owner in Plan::roles
  std::string_view id;                     ///< the tactic's id
  std::string_view title;                  ///< empty when unknown
  std::string_view role_id;                ///< empty when the owner does not resolve
  std::string_view role_name;              ///< the role's name, else its id
  std::string_view person;                 ///< the assignee; empty when unassigned
  Status status = Status::todo;            ///< as written; todo when absent
  std::optional<Date> start;               ///< Tactic::start_date: when it counts from
  std::optional<Date> due;                 ///< explicit, or derived from `after` + `within`
  bool due_derived = false;                ///< `due` comes from `after` + `within`
  std::optional<Date> done_on;             ///< when it was done
  std::optional<Repeat> repeat;            ///< how it recurs, from `start` until `due`
  std::optional<int> effort;               ///< minutes per occurrence
  std::optional<double> effort_per_week;   ///< minutes a week, for repeating tasks with an effort
  std::optional<std::string_view> metric;  ///< measure.metric
  std::optional<double> target;            ///< measure.target
  std::optional<double> actual;            ///< measure.actual
  std::vector<std::string_view> goals;     ///< ids of the goals it supports
  std::string_view stage;                  ///< the process stage's id; empty when none
  std::string_view stage_name;             ///< the stage's name, else its id
  std::vector<std::string_view> after;     ///< ids of its prerequisites
  std::string_view notes;

  Standing standing = Standing::on_track;  ///< one word (dropped: on_track)
  // Flags as of the as-of date. Unlike the standing, they are independent: a
  // task can be overdue and blocked at once.
  bool overdue = false;   ///< not done or dropped, due before the as-of date
  bool blocked = false;   ///< not done or dropped; status blocked, or a prerequisite
                          ///< not done once its start has come
  bool due_soon = false;  ///< not done or dropped, due within kDueSoonDays from the as-of date
  bool ready = false;     ///< not done, dropped or blocked

  /// Done or dropped: nothing left to do.
  bool closed() const { return status == Status::done || status == Status::dropped; }
  /// The flags that are set, in words and in this order: "overdue",
  /// "blocked", "due soon", "ready".
  std::vector<std::string_view> flag_words() const;
};

/// A role a task list covers, whether or not it has tasks.
struct ListedRole {
  int index = -1;  ///< in Plan::roles
  std::string_view id;
  std::string_view name;                 ///< its name, else its id
  std::vector<std::string_view> people;  ///< in the plan's order
};

/// The tasks a query selects, in order: by role in the plan's order, then due
/// date (unknown last), then id.
struct TaskList {
  std::string_view plan_name;     ///< the plan's `name`
  Date as_of;                     ///< the date the flags are computed for
  std::vector<Status> statuses;   ///< the statuses listed (the default filled in)
  std::vector<ListedRole> roles;  ///< the roles covered, in plan order
  std::vector<Task> tasks;
  /// What this list is one of, when a list is split into files ("Salesperson",
  /// "Ana Ruiz"); empty for the whole list.
  std::string label;

  /// The tasks of one role (a contiguous run of `tasks`).
  std::span<const Task> of_role(int role) const;
  /// The list narrowed to one of its roles (for one file per role).
  TaskList only_role(const ListedRole& role) const;
  /// The list narrowed to one person's tasks, or with "" to the unassigned
  /// ones (for one file per person); its roles are those of the person or
  /// of a task left.
  TaskList only_person(std::string_view person) const;
  /// Everyone the list covers: its roles' people in plan order, then any
  /// other assignee of a task.
  std::vector<std::string_view> people() const;
};

/// Minutes a week of planned effort for `effort` minutes per occurrence:
/// daily ×7, weekdays ×5, weekly ×1, monthly ×12/52, quarterly ×4/52. One-off tasks have none.
std::optional<double> effort_per_week(std::optional<Repeat> repeat, std::optional<int> effort);

/// Planned effort of the open (not done or dropped) tasks among `tasks`.
struct EffortTotal {
  double per_week = 0;  ///< minutes a week from repeating tasks
  int one_off = 0;      ///< minutes in all from one-off tasks
};
EffortTotal total_effort(std::span<const Task> tasks);

/// The tasks of an analysed plan that `query` selects, as of `today`. Check
/// its scope first (validate_scope); unknown names simply match nothing.
TaskList list_tasks(const Plan& plan, const TaskQuery& query, Date today);

/// The statuses `--status NAME` selects: one status, or all five for `all`;
/// nothing when the name is unknown.
std::optional<std::vector<Status>> statuses_named(std::string_view name);
/// Every name `--status` takes, for help and "did you mean".
std::span<const std::string_view> status_names();

}  // namespace plan

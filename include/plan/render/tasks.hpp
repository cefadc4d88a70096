#pragma once
// The renderers of `plan tasks`, one per format. Each returns the whole
// document as a string; only the command line writes it anywhere.

#include <string>

#include "plan/figures/tasks.hpp"

namespace plan {

/// The measure as every format shows it, unescaped: "1/3 meetings
/// scheduled", "target 3 meetings scheduled", "meetings scheduled" or "".
std::string describe_measure(const Task& task);

/// Grouped by role and person, aligned columns, flags in words (coloured when
/// `color`), and each role's planned effort per week.
std::string render_tasks_text(const TaskList& list, bool color);

/// One section per role, a GitHub checklist item per task.
std::string render_tasks_markdown(const TaskList& list);

/// RFC 4180: a header row, then one record per task; lists joined with `;`.
std::string render_tasks_csv(const TaskList& list);

/// `{"as_of": ..., "plan": ..., "tasks": [...]}` with every computed fact.
std::string render_tasks_json(const TaskList& list);

/// An RFC 5545 calendar of all-day events: one on each task's due date, or a
/// recurring one (RRULE) from its start to its due date for a repeating task
/// with an effort; tasks with no known due date are left out. UIDs come from
/// the plan's name and the tactic ids; DTSTAMP is the as-of date, so that the
/// same plan and date give the same bytes. X-WR-CALNAME names the plan (and
/// the list's `label`).
std::string render_tasks_ics(const TaskList& list);

/// The same calendar with one to-do (VTODO) per task, for task apps.
std::string render_tasks_ics_todo(const TaskList& list);

}  // namespace plan

// `plan tasks --format json`: every computed fact of every task, for scripts.
// Unknown values are null; dates are "YYYY-MM-DD" strings.

#include <cmath>

#include "plan/render/tasks.hpp"
#include "render/json_writer.hpp"

namespace plan {
namespace {

using render::JsonWriter;

void date(JsonWriter& j, std::optional<Date> d) {
  d ? j.value(format_date(*d)) : j.null();
}

/// Whole numbers as integers (12000000, not 12000000.0).
void number(JsonWriter& j, std::optional<double> value) {
  if (!value) {
    j.null();
  } else if (*value == std::trunc(*value) && std::fabs(*value) < 1e15) {
    j.value(static_cast<long long>(*value));
  } else {
    j.value(*value);
  }
}

void strings(JsonWriter& j, const std::vector<std::string_view>& items) {
  j.begin_array();
  for (const std::string_view s : items)
    j.value(s);
  j.end_array();
}

void task_json(JsonWriter& j, const Task& t) {
  j.begin_object();
  j.key("id").value(t.id);
  j.key("title").value(t.title);
  j.key("role").text_or_null(t.role_id);
  j.key("role_name").text_or_null(t.role_name);
  j.key("person").text_or_null(t.person);
  j.key("status").value(to_string(t.status));
  date(j.key("start"), t.start);
  date(j.key("due"), t.due);
  j.key("due_derived").value(t.due_derived);
  date(j.key("done_on"), t.done_on);
  j.key("repeat");
  t.repeat ? j.value(to_string(*t.repeat)) : j.null();
  j.key("effort_minutes").value_or_null(t.effort);
  number(
      j.key("effort_minutes_per_week"),
      t.effort_per_week ? std::optional(std::round(*t.effort_per_week * 100) / 100) : std::nullopt);
  j.key("measure");
  if (t.metric || t.target || t.actual) {
    j.begin_object().key("metric");
    t.metric ? j.value(*t.metric) : j.null();
    number(j.key("target"), t.target);
    number(j.key("actual"), t.actual);
    j.end_object();
  } else {
    j.null();
  }
  strings(j.key("goals"), t.goals);
  j.key("stage").text_or_null(t.stage);
  j.key("stage_name").text_or_null(t.stage_name);
  strings(j.key("after"), t.after);
  j.key("standing");
  t.status == Status::dropped ? j.null() : j.value(to_string(t.standing));
  j.key("overdue").value(t.overdue);
  j.key("blocked").value(t.blocked);
  j.key("due_soon").value(t.due_soon);
  j.key("ready").value(t.ready);
  j.key("notes").text_or_null(t.notes);
  j.end_object();
}

}  // namespace

std::string render_tasks_json(const TaskList& list) {
  JsonWriter j;
  j.begin_object();
  j.key("as_of").value(format_date(list.as_of));
  j.key("plan").value(list.plan_name);
  j.key("statuses").begin_array();
  for (const Status s : list.statuses)
    j.value(to_string(s));
  j.end_array();
  j.key("roles").begin_array();
  for (const ListedRole& role : list.roles) {
    const EffortTotal effort = total_effort(list.of_role(role.index));
    j.begin_object().key("id").value(role.id).key("name").value(role.name);
    strings(j.key("people"), role.people);
    number(j.key("effort_minutes_per_week"), std::round(effort.per_week * 100) / 100);
    j.key("effort_minutes_one_off").value(effort.one_off);
    j.end_object();
  }
  j.end_array();
  j.key("tasks").begin_array();
  for (const Task& t : list.tasks)
    task_json(j, t);
  j.end_array().end_object();
  return j.take();
}

}  // namespace plan

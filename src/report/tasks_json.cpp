// `plan tasks --format json`: every computed fact of every task, for scripts.
// Unknown values are null; dates are "YYYY-MM-DD" strings.

#include <cmath>

#include <nlohmann/json.hpp>

#include "plan/tasks_render.hpp"

namespace plan {
namespace {

using Json = nlohmann::ordered_json;

Json date(std::optional<Date> d) {
  return d ? Json(format_date(*d)) : Json(nullptr);
}

/// Whole numbers as integers (12000000, not 12000000.0).
Json number(std::optional<double> value) {
  if (!value) return nullptr;
  if (*value == std::trunc(*value) && std::fabs(*value) < 1e15)
    return static_cast<long long>(*value);
  return *value;
}

Json text(std::string_view s) {
  return s.empty() ? Json(nullptr) : Json(std::string(s));
}

Json strings(const std::vector<std::string_view>& items) {
  Json out = Json::array();
  for (const std::string_view s : items)
    out.push_back(std::string(s));
  return out;
}

Json task_json(const Task& t) {
  Json j;
  j["id"] = std::string(t.id);
  j["title"] = std::string(t.title);
  j["role"] = text(t.role_id);
  j["role_name"] = text(t.role_name);
  j["person"] = text(t.person);
  j["status"] = std::string(to_string(t.status));
  j["start"] = date(t.start);
  j["due"] = date(t.due);
  j["due_derived"] = t.due_derived;
  j["done_on"] = date(t.done_on);
  j["repeat"] = t.repeat ? Json(std::string(to_string(*t.repeat))) : Json(nullptr);
  j["effort_minutes"] = t.effort ? Json(*t.effort) : Json(nullptr);
  j["effort_minutes_per_week"] = number(
      t.effort_per_week ? std::optional(std::round(*t.effort_per_week * 100) / 100) : std::nullopt);
  if (t.metric || t.target || t.actual) {
    j["measure"] = {{"metric", t.metric ? Json(std::string(*t.metric)) : Json(nullptr)},
                    {"target", number(t.target)},
                    {"actual", number(t.actual)}};
  } else {
    j["measure"] = nullptr;
  }
  j["goals"] = strings(t.goals);
  j["stage"] = text(t.stage);
  j["stage_name"] = text(t.stage_name);
  j["after"] = strings(t.after);
  j["standing"] =
      t.status == Status::dropped ? Json(nullptr) : Json(std::string(to_string(t.standing)));
  j["overdue"] = t.overdue;
  j["blocked"] = t.blocked;
  j["due_soon"] = t.due_soon;
  j["ready"] = t.ready;
  j["notes"] = text(t.notes);
  return j;
}

}  // namespace

std::string render_tasks_json(const TaskList& list) {
  Json out;
  out["as_of"] = format_date(list.as_of);
  out["plan"] = std::string(list.plan_name);
  Json statuses = Json::array();
  for (const Status s : list.statuses)
    statuses.push_back(std::string(to_string(s)));
  out["statuses"] = std::move(statuses);
  Json roles = Json::array();
  for (const ListedRole& role : list.roles) {
    const EffortTotal effort = total_effort(list.of_role(role.index));
    roles.push_back({{"id", std::string(role.id)},
                     {"name", std::string(role.name)},
                     {"people", strings(role.people)},
                     {"effort_minutes_per_week", number(std::round(effort.per_week * 100) / 100)},
                     {"effort_minutes_one_off", effort.one_off}});
  }
  out["roles"] = std::move(roles);
  Json tasks = Json::array();
  for (const Task& t : list.tasks)
    tasks.push_back(task_json(t));
  out["tasks"] = std::move(tasks);
  // The loader rejects invalid UTF-8, but replace rather than throw.
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace plan

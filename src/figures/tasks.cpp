// The task lists of `plan tasks`: each tactic's computed facts as of a date,
// filtered and ordered. The accountability terms come from accountability.hpp.

#include "plan/figures/tasks.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

namespace plan {
namespace {

constexpr std::array<Status, 5> kAllStatuses = {Status::todo, Status::doing, Status::done,
                                                Status::blocked, Status::dropped};
static_assert(kAllStatuses.size() == kStatusTable.size(), "every status is listed");

/// What `--status` takes: each status's name, then `all`.
constexpr auto kStatusOptionNames = [] {
  std::array<std::string_view, kStatusTable.size() + 1> names{};
  std::copy(kStatusTable.begin(), kStatusTable.end(), names.begin());
  names.back() = "all";
  return names;
}();
constexpr std::array<Status, 3> kOpenStatuses = {Status::todo, Status::doing, Status::blocked};

template <class T>
std::string_view text_or(const Field<T>& field, std::string_view fallback) {
  return field.known() ? std::string_view(*field) : fallback;
}

/// The roles a query covers, in plan order.
std::vector<ListedRole> roles_in_scope(const Plan& plan, const TaskQuery& query) {
  std::vector<ListedRole> roles;
  const auto& items = plan.roles.items;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Role& role = items[i];
    if (!role.id.known() || role.duplicate) continue;
    if (!query.scope.covers_role(*role.id)) continue;
    if (query.scope.person && !role.has_person(*query.scope.person)) continue;
    ListedRole listed{static_cast<int>(i), *role.id, text_or(role.name, *role.id), {}};
    for (const Text& person : role.people)
      listed.people.push_back(person.value);
    roles.push_back(std::move(listed));
  }
  return roles;
}

/// The task's computed facts: its standing and its flags as of `today`.
Task make_task(const Plan& plan, const Tactic& t, int role, Date today) {
  Task task;
  task.tactic = &t;
  task.role = role;
  task.id = t.name_or_empty();
  task.title = text_or(t.title, "");
  if (role >= 0) {
    const Role& r = plan.roles.items[static_cast<std::size_t>(role)];
    task.role_id = *r.id;
    task.role_name = text_or(r.name, *r.id);
  }
  task.person = text_or(t.assignee, "");
  task.status = t.state();
  task.due = t.due_date;
  task.due_derived = t.due_derived;
  task.done_on = t.done_on.value;
  task.repeat = t.repeat.value;
  task.effort = t.effort.value;
  task.effort_per_week = effort_per_week(task.repeat, task.effort);
  if (t.measure.present) {
    if (t.measure.metric.known()) task.metric = *t.measure.metric;
    task.target = t.measure.target.value;
    task.actual = t.measure.actual.value;
  }
  for (const Ref& goal : t.supports.refs) {
    if (goal.target >= 0) task.goals.push_back(goal.id);
  }
  if (t.stage.known() && t.stage->target >= 0) {
    const Stage& stage = plan.process.stages.items[static_cast<std::size_t>(t.stage->target)];
    task.stage = t.stage->id;
    task.stage_name = text_or(stage.name, t.stage->id);
  }
  for (const Ref& prerequisite : t.after.refs)
    task.after.push_back(prerequisite.id);
  task.notes = text_or(t.notes, "");

  const Assessment a = assess(plan, t, today);
  task.start = a.start;
  task.standing = a.standing;
  const bool open = !task.closed();
  // The standing puts overdue before blocked; a task list shows both flags.
  task.overdue = open && a.standing == Standing::overdue;
  task.blocked = open && a.blocked;
  task.due_soon = open && a.due_soon;
  task.ready = a.ready();
  return task;
}

/// Whether [start, due] (either end open when unknown) touches [from, to].
bool touches(const Task& task, std::optional<Date> from, std::optional<Date> to) {
  std::optional<Date> first = task.start, last = task.due;
  if (first && last && *last < *first) std::swap(first, last);
  if (!first) first = last;
  if (from && last && *last < *from) return false;
  if (to && first && *first > *to) return false;
  return true;
}

}  // namespace

std::span<const Task> TaskList::of_role(int role) const {
  const auto begin =
      std::find_if(tasks.begin(), tasks.end(), [&](const Task& t) { return t.role == role; });
  const auto end = std::find_if(begin, tasks.end(), [&](const Task& t) { return t.role != role; });
  return {begin, end};
}

TaskList TaskList::only_role(const ListedRole& role) const {
  TaskList one{plan_name, as_of, statuses, {role}, {}, std::string(role.name)};
  const auto tasks_of_role = of_role(role.index);
  one.tasks.assign(tasks_of_role.begin(), tasks_of_role.end());
  return one;
}

TaskList TaskList::only_person(std::string_view person) const {
  TaskList one{plan_name, as_of, statuses,
               {},        {},    person.empty() ? std::string("unassigned") : std::string(person)};
  for (const Task& t : tasks) {
    if (t.person == person) one.tasks.push_back(t);
  }
  for (const ListedRole& r : roles) {
    const bool has_task = std::any_of(one.tasks.begin(), one.tasks.end(),
                                      [&](const Task& t) { return t.role == r.index; });
    const bool has_person =
        !person.empty() && std::find(r.people.begin(), r.people.end(), person) != r.people.end();
    if (has_task || has_person) one.roles.push_back(r);
  }
  return one;
}

std::vector<std::string_view> TaskList::people() const {
  std::vector<std::string_view> out;
  for (const ListedRole& r : roles) {
    for (const std::string_view p : r.people) {
      if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
    }
  }
  for (const Task& t : tasks) {
    if (!t.person.empty() && std::find(out.begin(), out.end(), t.person) == out.end())
      out.push_back(t.person);
  }
  return out;
}

std::optional<double> effort_per_week(std::optional<Repeat> repeat, std::optional<int> effort) {
  if (!repeat || !effort) return std::nullopt;
  switch (*repeat) {
    case Repeat::daily:
      return *effort * 7.0;
    case Repeat::weekdays:
      return *effort * 5.0;
    case Repeat::weekly:
      return *effort * 1.0;
    case Repeat::monthly:
      return *effort * 12.0 / 52.0;  // twelve a year, over 52 weeks
    case Repeat::quarterly:
      return *effort * 4.0 / 52.0;  // four a year, over 52 weeks
  }
  return std::nullopt;
}

EffortTotal total_effort(std::span<const Task> tasks) {
  EffortTotal total;
  for (const Task& task : tasks) {
    if (task.closed() || !task.effort) continue;
    if (task.effort_per_week) {
      total.per_week += *task.effort_per_week;
    } else {
      total.one_off += *task.effort;
    }
  }
  return total;
}

TaskList list_tasks(const Plan& plan, const TaskQuery& query, Date today) {
  TaskList list;
  list.plan_name = text_or(plan.name, "");
  list.as_of = today;
  if (query.statuses.empty()) {
    list.statuses.assign(kOpenStatuses.begin(), kOpenStatuses.end());
  } else {
    // Each status once, in the order of the format.
    for (const Status s : kAllStatuses) {
      if (std::find(query.statuses.begin(), query.statuses.end(), s) != query.statuses.end())
        list.statuses.push_back(s);
    }
  }
  list.roles = roles_in_scope(plan, query);
  std::vector<char> role_listed(plan.roles.items.size(), 0);
  for (const ListedRole& r : list.roles)
    role_listed[static_cast<std::size_t>(r.index)] = 1;

  for (const Tactic& t : plan.tactical_plan.tactics.items) {
    if (t.duplicate || !t.owner.known()) continue;
    const int role = t.owner->target;
    if (role < 0 || !role_listed[static_cast<std::size_t>(role)]) continue;
    const Status status = t.state();
    if (std::find(list.statuses.begin(), list.statuses.end(), status) == list.statuses.end())
      continue;
    // --person: their own tasks and their roles' unassigned ones (the role
    // scope already holds only their roles).
    const auto& person = query.scope.person;
    if (person && t.assignee.present && (!t.assignee.known() || *t.assignee != *person)) continue;
    Task task = make_task(plan, t, role, today);
    // --from/--to never hide overdue work: it is due now, whatever the window.
    if ((query.from || query.to) && !task.overdue && !touches(task, query.from, query.to)) continue;
    list.tasks.push_back(std::move(task));
  }

  // A list of one person's or one role's tasks is named for them (a calendar's name).
  if (query.scope.person) {
    list.label = *query.scope.person;
  } else if (!query.scope.roles.empty() && list.roles.size() == 1) {
    list.label = std::string(list.roles.front().name);
  }

  std::sort(list.tasks.begin(), list.tasks.end(), [](const Task& a, const Task& b) {
    if (a.role != b.role) return a.role < b.role;
    if (a.due != b.due) {
      if (!a.due || !b.due) return a.due.has_value();  // unknown due dates last
      return *a.due < *b.due;
    }
    return a.id < b.id;
  });
  return list;
}

std::optional<std::vector<Status>> statuses_named(std::string_view name) {
  if (name == "all") return std::vector<Status>(kAllStatuses.begin(), kAllStatuses.end());
  for (const Status s : kAllStatuses) {
    if (to_string(s) == name) return std::vector<Status>{s};
  }
  return std::nullopt;
}

std::span<const std::string_view> status_names() {
  return kStatusOptionNames;
}

std::vector<std::string_view> Task::flag_words() const {
  std::vector<std::string_view> out;
  if (overdue) out.push_back("overdue");
  if (blocked) out.push_back("blocked");
  if (due_soon) out.push_back("due soon");
  if (ready) out.push_back("ready");
  return out;
}

}  // namespace plan

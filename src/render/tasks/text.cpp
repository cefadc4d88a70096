// `plan tasks` for a terminal: one block per role, its tasks grouped by
// person in aligned columns, then the role's planned effort per week.

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "plan/render/tasks.hpp"
#include "render/terminal.hpp"

namespace plan {
namespace {

using render::one_line;

std::string_view flag_style(std::string_view flag, const render::Palette& p) {
  if (flag == "overdue") return p.bold_red;
  if (flag == "blocked") return p.bold_magenta;
  if (flag == "due soon") return p.yellow;
  return p.green;  // ready
}

std::string painted_flags(const std::vector<std::string_view>& words, const render::Palette& p) {
  std::string out;
  for (const std::string_view w : words) {
    if (!out.empty()) out += ", ";
    out += render::paint(flag_style(w, p), w, p);
  }
  return out;
}

/// "daily 1h", "weekly", "1h30m" or "".
std::string repeat_cell(const Task& t) {
  std::string out;
  if (t.repeat) out = to_string(*t.repeat);
  if (t.effort) out += (out.empty() ? "" : " ") + format_minutes(*t.effort);
  return out;
}

std::string due_cell(const Task& t) {
  return t.due ? format_date(*t.due) : "no due date";
}

std::string effort_line(const EffortTotal& total) {
  const auto per_week = std::llround(total.per_week);
  if (per_week == 0 && total.one_off == 0) return "planned effort: none given";
  std::string out = "planned effort: ";
  if (per_week > 0) out += format_minutes(per_week) + "/week";
  if (total.one_off > 0) {
    out += per_week > 0 ? " + " : "";
    out += format_minutes(total.one_off) + " one-off";
  }
  return out;
}

/// One person's rows (or the unassigned rows when `person` is empty).
void add_group(render::TextTable& table, std::vector<const Task*>& order,
               std::span<const Task> tasks, std::string_view person) {
  for (const Task& t : tasks) {
    if (t.person != person) continue;
    table.add_row({due_cell(t), std::string(to_string(t.status)), std::string(t.id),
                   one_line(t.title), repeat_cell(t), one_line(describe_measure(t)),
                   fmt::format("{}", fmt::join(t.flag_words(), ", "))});
    order.push_back(&t);
  }
}

std::string render_role(const ListedRole& role, std::span<const Task> tasks,
                        const render::Palette& p) {
  std::string out =
      fmt::format("{}: {} task{}\n",
                  render::paint(p.bold, fmt::format("{} ({})", one_line(role.name), role.id), p),
                  tasks.size(), tasks.size() == 1 ? "" : "s");
  if (tasks.empty()) return out + "  no tasks\n";

  // One table for the whole role keeps its columns aligned across people;
  // the person headings go between its lines.
  std::vector<std::string_view> groups;
  for (const std::string_view person : role.people) {
    for (const Task& t : tasks) {
      if (t.person == person) {
        groups.push_back(person);
        break;
      }
    }
  }
  // Assignees the role does not list (the plan has other errors then), then the unassigned.
  for (const Task& t : tasks) {
    if (!t.person.empty() && std::find(groups.begin(), groups.end(), t.person) == groups.end())
      groups.push_back(t.person);
  }
  const bool unassigned =
      std::any_of(tasks.begin(), tasks.end(), [](const Task& t) { return t.person.empty(); });
  if (unassigned) groups.push_back("");

  render::TextTable table;
  std::vector<const Task*> order;
  std::vector<std::size_t> group_starts;
  for (const std::string_view person : groups) {
    group_starts.push_back(order.size());
    add_group(table, order, tasks, person);
  }
  const std::string rendered = table.render("    ");

  std::size_t line_start = 0, row = 0, group = 0;
  while (line_start < rendered.size()) {
    const std::size_t line_end = rendered.find('\n', line_start);
    std::string line = rendered.substr(line_start, line_end - line_start);
    line_start = line_end + 1;
    if (group < groups.size() && group_starts[group] == row) {
      const std::string_view person = groups[group];
      out += person.empty() ? fmt::format("  {}\n", render::paint(p.dim, "unassigned", p))
                            : fmt::format("  {}\n", one_line(person));
      ++group;
    }
    // The flags are the last cell, so the line ends with them: colour them there.
    const auto words = order[row]->flag_words();
    if (!p.reset.empty() && !words.empty()) {
      const std::string plain = fmt::format("{}", fmt::join(words, ", "));
      line.resize(line.size() - plain.size());
      line += painted_flags(words, p);
    }
    out += line + "\n";
    ++row;
  }
  out += "  " + effort_line(total_effort(tasks)) + "\n";
  // Each person's share: their own tasks (the unassigned ones apart).
  std::vector<std::string> shares;
  for (const std::string_view person : groups) {
    std::vector<Task> own;
    for (const Task& t : tasks) {
      if (t.person == person) own.push_back(t);
    }
    std::string line = effort_line(total_effort(own));
    line = line.substr(std::string_view("planned effort: ").size());
    shares.push_back(fmt::format("{} {}", person.empty() ? "unassigned" : one_line(person), line));
  }
  if (shares.size() > 1 || (shares.size() == 1 && !groups[0].empty())) {
    out += fmt::format("  by person: {}\n", fmt::join(shares, "; "));
  }
  return out;
}

}  // namespace

std::string render_tasks_text(const TaskList& list, bool color) {
  std::vector<std::string_view> statuses;
  for (const Status s : list.statuses)
    statuses.push_back(to_string(s));
  std::string out = fmt::format("{}: tasks as of {} (status {})\n", list.plan_name,
                                format_date(list.as_of), fmt::join(statuses, ", "));
  // No role at all: a --person that none of the --role roles lists. The
  // command line rejects that scope first (validate_scope); a library caller may not.
  if (list.roles.empty()) return out + "\nno tasks: none of the roles asked for has this person\n";
  for (const ListedRole& role : list.roles) {
    out += "\n";
    out += render_role(role, list.of_role(role.index), render::palette(color));
  }
  return out;
}

}  // namespace plan

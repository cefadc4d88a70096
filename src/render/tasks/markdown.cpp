// `plan tasks --format markdown`: one section per role and a GitHub task-list
// item per task (`- [ ]`, `- [x]` when done), then the role's planned effort.

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "plan/render/tasks.hpp"
#include "render/markdown.hpp"

namespace plan {
namespace {

std::string item(const Task& t) {
  const std::string title = fmt::format("**{}**", render::markdown_text(t.title));
  std::vector<std::string> facts;
  if (t.due) {
    facts.push_back(
        fmt::format("due {}{}", format_date(*t.due), t.due_derived ? " (derived)" : ""));
  } else {
    facts.push_back("no due date");
  }
  facts.push_back(t.person.empty() ? "unassigned" : render::markdown_text(t.person));
  // A blocked status shows as the blocked flag.
  if (t.status != Status::todo && t.status != Status::blocked)
    facts.push_back(std::string(to_string(t.status)));
  if (t.status == Status::done && t.done_on) facts.back() += " " + format_date(*t.done_on);
  if (t.repeat || t.effort) {
    std::string r = t.repeat ? std::string(to_string(*t.repeat)) : "";
    if (t.effort) r += (r.empty() ? "" : " ") + format_minutes(*t.effort);
    facts.push_back(r);
  }
  if (auto m = describe_measure(t); !m.empty()) facts.push_back(render::markdown_text(m));
  if (t.overdue) facts.push_back("**overdue**");
  if (t.blocked) facts.push_back("**blocked**");
  if (t.due_soon) facts.push_back("*due soon*");
  if (t.ready) facts.push_back("ready");
  return fmt::format("- [{}] {} (`{}`) · {}\n", t.status == Status::done ? "x" : " ",
                     t.status == Status::dropped ? "~~" + title + "~~" : title, t.id,
                     fmt::join(facts, " · "));
}

std::string effort_text(const EffortTotal& total) {
  const auto per_week = std::llround(total.per_week);
  if (per_week == 0 && total.one_off == 0) return "Planned effort: none given.";
  std::vector<std::string> parts;
  if (per_week > 0) parts.push_back(format_minutes(per_week) + " a week from repeating tasks");
  if (total.one_off > 0) parts.push_back(format_minutes(total.one_off) + " one-off");
  return fmt::format("Planned effort: {}.", fmt::join(parts, ", plus "));
}

}  // namespace

std::string render_tasks_markdown(const TaskList& list) {
  std::vector<std::string_view> statuses;
  for (const Status s : list.statuses)
    statuses.push_back(to_string(s));
  std::string out =
      fmt::format("# {}: tasks\n\nAs of {}; status {}.\n", render::markdown_text(list.plan_name),
                  format_date(list.as_of), fmt::join(statuses, ", "));
  // No role at all: a scope the command line rejects first (see tasks_text.cpp).
  if (list.roles.empty()) return out + "\nNo tasks: none of the roles asked for has this person.\n";
  for (const ListedRole& role : list.roles) {
    const auto tasks = list.of_role(role.index);
    out += fmt::format("\n## {} (`{}`)\n\n", render::markdown_text(role.name), role.id);
    if (tasks.empty()) {
      out += "No tasks.\n";
      continue;
    }
    for (const Task& t : tasks)
      out += item(t);
    out += "\n" + effort_text(total_effort(tasks)) + "\n";
  }
  return out;
}

}  // namespace plan

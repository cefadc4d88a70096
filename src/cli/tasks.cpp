// `plan tasks FILE`: the per-role task lists of a plan, as text, Markdown,
// CSV, JSON or iCalendar (events, or to-dos), to standard output, one file
// (-o) or one file per role or person (--split DIR --by role|person).

#include <unistd.h>

#include <algorithm>
#include <array>
#include <memory>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/formats.hpp"
#include "cli/open_plan.hpp"
#include "plan/figures/scope.hpp"
#include "plan/figures/tasks.hpp"
#include "plan/render/tasks.hpp"
#include "plan/support/suggest.hpp"

namespace plan::cli {
namespace {

struct TasksCommand {
  std::string file;
  std::size_t max_size = kDefaultMaxSourceSize;
  std::vector<std::string> roles;
  std::string person;
  std::vector<std::string> statuses;
  std::string from;
  std::string to;
  std::string as_of;
  std::string format = "text";
  std::string output;
  std::string split;
  std::string split_by = "role";
  ColorMode color = ColorMode::automatic;
};

/// The formats of a task list: the first is the default.
constexpr std::array<Format<TaskList>, 6> kTasksFormats = {{
    {"text", "txt", render_tasks_text},
    {"markdown", "md", [](const TaskList& list, bool) { return render_tasks_markdown(list); }},
    {"csv", "csv", [](const TaskList& list, bool) { return render_tasks_csv(list); }},
    {"json", "json", [](const TaskList& list, bool) { return render_tasks_json(list); }},
    {"ics", "ics", [](const TaskList& list, bool) { return render_tasks_ics(list); }},
    {"ics-todo", "ics", [](const TaskList& list, bool) { return render_tasks_ics_todo(list); }},
}};

/// A person's name as a file name: lowercase ASCII letters and digits kept,
/// other UTF-8 letters kept as they are, any run of anything else one `-`.
std::string file_stem(std::string_view name) {
  std::string out;
  for (const char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80) {
      out += c;
    } else if (u >= 'A' && u <= 'Z') {
      out += static_cast<char>(u - 'A' + 'a');
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-')
    out.pop_back();
  return out.empty() ? "person" : out;
}

/// One file per role in `--split DIR`: the whole set or, on failure, nothing.
int write_split(const TasksCommand& cmd, const TaskList& list) {
  const bool color = use_color(cmd.color, STDOUT_FILENO, true);
  const auto& format = format_named(kTasksFormats, cmd.format);
  std::vector<OutputFile> files;
  if (cmd.split_by == "person") {
    // One file per person, `unassigned` for the roles' unassigned tasks; two
    // names that make the same file name are told apart by a number.
    std::vector<std::string> stems;
    const auto add = [&](const TaskList& part, std::string stem) {
      std::string unique = stem;
      for (int n = 2; std::find(stems.begin(), stems.end(), unique) != stems.end(); ++n)
        unique = fmt::format("{}-{}", stem, n);
      stems.push_back(unique);
      files.push_back({fmt::format("{}.{}", unique, format.extension), format.render(part, color)});
    };
    for (const std::string_view person : list.people())
      add(list.only_person(person), file_stem(person));
    add(list.only_person(""), "unassigned");
  } else {
    for (const ListedRole& role : list.roles) {
      // Role ids are ASCII letters, digits, `-`, `_` and `.`, starting with a
      // letter or digit: safe as file names.
      files.push_back({fmt::format("{}.{}", role.id, format.extension),
                       format.render(list.only_role(role), color)});
    }
  }
  if (const auto failed = write_files_atomically(cmd.split, files, {cmd.file})) {
    print_error(*failed);
    return kExitUsage;
  }
  return kExitOk;
}

int run_tasks(const TasksCommand& cmd) {
  TaskQuery query;
  query.scope.roles = cmd.roles;
  if (!cmd.person.empty()) query.scope.person = cmd.person;
  for (const std::string& name : cmd.statuses) {
    for (const Status s : statuses_named(name).value_or(std::vector<Status>{}))
      query.statuses.push_back(s);
  }
  query.from = as_of_date(cmd.from);
  query.to = as_of_date(cmd.to);
  if (from_after_to(cmd.from, cmd.to)) return kExitUsage;

  auto opened =
      open_plan(cmd.file, cmd.as_of, cmd.color, cmd.max_size, "the task lists");  // load, check
  if (const int* exit_code = std::get_if<int>(&opened)) return *exit_code;
  const OpenedPlan& plan = std::get<OpenedPlan>(opened);

  if (refuse_scope(plan.plan(), query.scope)) return kExitUsage;  // figures
  const TaskList list = list_tasks(plan.plan(), query, plan.today);

  if (!cmd.split.empty()) return write_split(cmd, list);  // report
  const bool to_stdout = is_stdout(cmd.output);
  const std::string text = format_named(kTasksFormats, cmd.format)
                               .render(list, use_color(cmd.color, STDOUT_FILENO, !to_stdout));
  return deliver(text, cmd.output, {cmd.file});
}

CLI::Validator status_validator() {
  return CLI::Validator(
      [](std::string& text) {
        if (statuses_named(text)) return std::string();
        return fmt::format("unknown status `{}`{} (the statuses: {})", text,
                           did_you_mean(text, status_names()), fmt::join(status_names(), ", "));
      },
      "", "status");
}

}  // namespace

void setup_tasks(CLI::App& command, int& exit_code) {
  auto cmd = std::make_shared<TasksCommand>();
  CLI::App* sub = &command;
  add_plan_file_option(*sub, cmd->file);
  add_max_size_option(*sub, cmd->max_size);
  sub->add_option("--role", cmd->roles, "list only this role's tasks (repeatable)")
      ->type_name("ID")
      ->allow_extra_args(false)
      ->delimiter(',');
  sub->add_option("--person", cmd->person,
                  "list only this person's tasks and their roles' unassigned ones")
      ->type_name("NAME");
  sub->add_option("--status", cmd->statuses,
                  fmt::format("list tasks with this status (repeatable): {} or all; default: "
                              "todo, doing and blocked",
                              fmt::join(kStatusTable, ", ")))
      ->type_name("S")
      ->allow_extra_args(false)
      ->delimiter(',')
      ->check(status_validator());
  sub->add_option("--from", cmd->from, "list only tasks whose start..due span reaches DATE")
      ->type_name("DATE")
      ->check(date_validator());
  sub->add_option("--to", cmd->to, "list only tasks whose start..due span begins by DATE")
      ->type_name("DATE")
      ->check(date_validator());
  add_format_option(*sub, cmd->format, format_names(kTasksFormats));
  auto* output = add_output_option(*sub, cmd->output, "the list");
  std::vector<std::string_view> extensions;
  extensions.reserve(kTasksFormats.size());
  for (const auto& format : kTasksFormats) {
    if (std::find(extensions.begin(), extensions.end(), format.extension) == extensions.end())
      extensions.push_back(format.extension);
  }
  auto* split = sub->add_option("--split", cmd->split,
                                fmt::format("write one file per role (or person: --by) into DIR, "
                                            "named ROLE.{}",
                                            fmt::join(extensions, "|")))
                    ->type_name("DIR")
                    ->excludes(output);
  sub->add_option("--by", cmd->split_by,
                  "with --split: one file per `role` (default) or per `person` (PERSON.EXT, and "
                  "unassigned.EXT for the tasks nobody is assigned)")
      ->type_name("role|person")
      ->needs(split)
      ->check(one_of("a way to split", {"role", "person"}));
  add_as_of_option(*sub, cmd->as_of);
  add_color_option(*sub, cmd->color);
  sub->footer(fmt::format(
      "Flags as of the as-of date: overdue, blocked, due soon (within {} days), ready.\n"
      "See docs/tasks.md for the formats.\n"
      "Exit status: 0 success; 1 the plan has errors (they are printed);\n"
      "2 usage error (an unknown role or person included), an unreadable file or a failed write.",
      kDueSoonDays));
  sub->callback([cmd, &exit_code] { exit_code = run_tasks(*cmd); });
}

}  // namespace plan::cli

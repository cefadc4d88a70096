// `plan report FILE`: the accountability report. The strategy's goals, then
// for each role and person the source article's three questions: What's my
// job? What counts? How am I doing?

#include <unistd.h>

#include <algorithm>
#include <memory>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/open_plan.hpp"
#include "plan/figures/scorecard.hpp"
#include "plan/suggest.hpp"
#include "report/scorecard_render.hpp"

namespace plan::cli {
namespace {

struct ReportCommand {
  std::string file;
  std::size_t max_size = kDefaultMaxSourceSize;
  std::string as_of;
  std::vector<std::string> roles;
  std::string person;
  std::string format = "text";
  std::string output;
  ColorMode color = ColorMode::automatic;
};

/// The accountability terms (include/plan/accountability.hpp), for `--help`
/// (docs/report.md says the same).
const std::string kDefinitions = fmt::format(
    "Each tactic counts in exactly one of, in this order of precedence:\n"
    "  done         status `done`\n"
    "  overdue      not done, due date before the as-of date\n"
    "  blocked      status `blocked`, or a prerequisite (`after`) not done once the\n"
    "               tactic's start (default: the tactical plan's start) has come\n"
    "  behind pace  has measure.target and measure.actual, and actual < target x elapsed,\n"
    "               elapsed being the share of its start-to-due span passed by the as-of date\n"
    "  on track     any other tactic not done\n"
    "Dropped tactics are left out of every count. Tactics without an assignee count\n"
    "for their role, under `unassigned`.\n"
    "Completion: tactics due by the as-of date that are done / tactics due by the as-of date.\n"
    "On-time rate: tactics due by the as-of date done on or before their due date (`done_on`)\n"
    "  / tactics due by the as-of date. Both are n/a (JSON null) when nothing is due yet.\n"
    "What counts? lists the goals a role's or person's tactics support and what is due\n"
    "in the next {} days.\n"
    "\n"
    "Exit status: 0 the report was written; 1 the plan has structural errors (printed);\n"
    "2 usage error (an unknown --role or --person included), or a file that could not be\n"
    "read or written.",
    kDueAheadDays);

/// A usage error when a --role or --person names nothing in the plan, else nothing.
std::optional<std::string> check_filter(const Plan& plan, const ScorecardFilter& filter) {
  std::vector<std::string_view> role_ids;
  for (const Role& r : plan.roles.items) {
    if (!r.duplicate && r.id.known()) role_ids.push_back(*r.id);
  }
  for (const std::string& id : filter.roles) {
    if (std::find(role_ids.begin(), role_ids.end(), id) == role_ids.end()) {
      return fmt::format("unknown role `{}`{}; the roles are: {}", id, did_you_mean(id, role_ids),
                         fmt::join(role_ids, ", "));
    }
  }
  if (!filter.person) return std::nullopt;
  // The people of the selected roles (all roles when none is selected).
  std::vector<std::string_view> people;
  for (const Role& r : plan.roles.items) {
    if (r.duplicate || !r.id.known()) continue;
    if (!filter.roles.empty() &&
        std::find(filter.roles.begin(), filter.roles.end(), *r.id) == filter.roles.end()) {
      continue;
    }
    for (const Text& p : r.people) {
      if (std::find(people.begin(), people.end(), p.value) == people.end())
        people.push_back(p.value);
    }
  }
  const std::string& person = *filter.person;
  if (std::find(people.begin(), people.end(), person) != people.end()) return std::nullopt;
  return fmt::format("unknown person `{}`{}{}", person,
                     filter.roles.empty() ? "" : " in the selected roles",
                     did_you_mean(person, people));
}

int run_report(const ReportCommand& cmd) {
  auto opened = open_plan(cmd.file, cmd.as_of, cmd.color, cmd.max_size);  // load, model, check
  if (const int* status = std::get_if<int>(&opened)) return *status;
  const OpenedPlan& plan = std::get<OpenedPlan>(opened);

  ScorecardFilter filter;
  filter.roles = cmd.roles;
  if (!cmd.person.empty()) filter.person = cmd.person;
  if (const auto problem = check_filter(plan.plan(), filter)) {
    print_error(*problem);
    return kExitUsage;
  }
  const Scorecard card = build_scorecard(plan.plan(), plan.today, filter);  // figures

  const bool to_stdout = is_stdout(cmd.output);
  std::string out;  // report
  if (cmd.format == "json") {
    out = report::render_scorecard_json(card);
  } else if (cmd.format == "markdown") {
    out = report::render_scorecard_markdown(card);
  } else {
    out = report::render_scorecard_text(card,
                                        {.color = use_color(cmd.color, STDOUT_FILENO, !to_stdout)});
  }
  return deliver(out, cmd.output, {cmd.file});
}

}  // namespace

void setup_report(CLI::App& command, int& exit_code) {
  auto cmd = std::make_shared<ReportCommand>();
  add_plan_file_option(command, cmd->file);
  add_max_size_option(command, cmd->max_size);
  add_as_of_option(command, cmd->as_of);
  command
      .add_option("--role", cmd->roles, "report only on this role (an id); repeat for more roles")
      ->type_name("ID")
      ->allow_extra_args(false);
  command.add_option("--person", cmd->person, "report only on this person, in each of their roles")
      ->type_name("NAME");
  add_format_option(command, cmd->format, {"text", "markdown", "json"});
  add_output_option(command, cmd->output, "the report");
  add_color_option(command, cmd->color);
  command.footer(kDefinitions);
  command.callback([cmd, &exit_code] { exit_code = run_report(*cmd); });
}

}  // namespace plan::cli

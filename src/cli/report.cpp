// `plan report FILE`: the accountability report. The strategy's goals, then
// for each role and person the source article's three questions: What's my
// job? What counts? How am I doing?

#include <unistd.h>

#include <array>
#include <memory>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/formats.hpp"
#include "cli/open_plan.hpp"
#include "plan/figures/scope.hpp"
#include "plan/figures/scorecard.hpp"
#include "plan/scorecard_render.hpp"

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

/// The formats of the report: the first is the default.
constexpr std::array<Format<Scorecard>, 3> kFormats = {{
    {"text", "txt",
     [](const Scorecard& card, bool color) {
       return render_scorecard_text(card, {.color = color});
     }},
    {"markdown", "md", [](const Scorecard& card, bool) { return render_scorecard_markdown(card); }},
    {"json", "json", [](const Scorecard& card, bool) { return render_scorecard_json(card); }},
}};

int run_report(const ReportCommand& cmd) {
  auto opened = open_plan(cmd.file, cmd.as_of, cmd.color, cmd.max_size);  // load, model, check
  if (const int* status = std::get_if<int>(&opened)) return *status;
  const OpenedPlan& plan = std::get<OpenedPlan>(opened);

  Scope scope;
  scope.roles = cmd.roles;
  if (!cmd.person.empty()) scope.person = cmd.person;
  const auto problems = validate_scope(plan.plan(), scope);  // figures
  if (!problems.empty()) {
    for (const std::string& problem : problems)
      print_error(problem);
    return kExitUsage;
  }
  const Scorecard card = build_scorecard(plan.plan(), plan.today, scope);

  const bool to_stdout = is_stdout(cmd.output);  // report
  const std::string out = format_named(kFormats, cmd.format)
                              .render(card, use_color(cmd.color, STDOUT_FILENO, !to_stdout));
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
  add_format_option(command, cmd->format, format_names(kFormats));
  add_output_option(command, cmd->output, "the report");
  add_color_option(command, cmd->color);
  command.footer(kDefinitions);
  command.callback([cmd, &exit_code] { exit_code = run_report(*cmd); });
}

}  // namespace plan::cli

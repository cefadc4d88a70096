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
#include "plan/figures/pipeline.hpp"
#include "plan/figures/report.hpp"
#include "plan/figures/scope.hpp"
#include "plan/figures/timeline.hpp"
#include "plan/render/html.hpp"
#include "plan/render/report.hpp"

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
constexpr std::array<Format<ReportPage>, 5> kReportFormats = {{
    {"text", "txt",
     [](const ReportPage& page, bool color) {
       return render_report_text(page.card, {.color = color});
     }},
    {"markdown", "md",
     [](const ReportPage& page, bool) { return render_report_markdown(page.card); }},
    {"json", "json", [](const ReportPage& page, bool) { return render_report_json(page.card); }},
    {"csv", "csv", [](const ReportPage& page, bool) { return render_report_csv(page.card); }},
    {"html", "html", [](const ReportPage& page, bool) { return render_report_html(page); }},
}};

/// The figures of the report; the HTML page also shows the timeline, the
/// pipeline and the plan's findings, computed only for it.
ReportPage report_page(const ReportCommand& cmd, const OpenedPlan& plan, const Scope& scope) {
  ReportPage page;
  page.file = cmd.file;
  page.card = build_report(plan.plan(), plan.today, scope);
  if (cmd.format != "html") return page;
  TimelineQuery query;
  query.scope = scope;
  page.timeline = build_timeline(plan.plan(), query, plan.today);
  page.pipeline = build_pipeline(plan.plan(), plan.today);
  for (const Finding& f : plan.checked.findings) {
    const Position at = plan.source->position(f.span.begin);
    page.findings.push_back({static_cast<int>(at.line), static_cast<int>(at.column), f.severity,
                             std::string(f.rule->name), f.message});
  }
  return page;
}

int run_report(const ReportCommand& cmd) {
  auto opened = open_plan(cmd.file, cmd.as_of, cmd.color, cmd.max_size);  // load, model, check
  if (const int* status = std::get_if<int>(&opened)) return *status;
  const OpenedPlan& plan = std::get<OpenedPlan>(opened);

  Scope scope;
  scope.roles = cmd.roles;
  if (!cmd.person.empty()) scope.person = cmd.person;
  if (refuse_scope(plan.plan(), scope)) return kExitUsage;  // figures
  const ReportPage page = report_page(cmd, plan, scope);

  const bool to_stdout = is_stdout(cmd.output);  // report
  const std::string out = format_named(kReportFormats, cmd.format)
                              .render(page, use_color(cmd.color, STDOUT_FILENO, !to_stdout));
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
  add_format_option(command, cmd->format, format_names(kReportFormats));
  add_output_option(command, cmd->output, "the report");
  add_color_option(command, cmd->color);
  command.footer(kDefinitions);
  command.callback([cmd, &exit_code] { exit_code = run_report(*cmd); });
}

}  // namespace plan::cli

// `plan timeline FILE`: the tactical plan's tactics on a time axis, grouped by
// role, as a Gantt chart for a terminal, an SVG picture or a Mermaid block.

#include <sys/ioctl.h>
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
#include "plan/figures/timeline.hpp"
#include "plan/render/timeline.hpp"

namespace plan::cli {
namespace {

/// The width of a text timeline when neither --width nor a terminal says.
constexpr int kDefaultWidth = 100;

struct TimelineCommand {
  std::string file;
  std::size_t max_size = kDefaultMaxSourceSize;
  std::vector<std::string> roles;
  std::string person;
  std::string from;
  std::string to;
  std::string format = "text";
  int width = 0;  ///< 0: the terminal's, else kDefaultWidth
  std::string as_of;
  std::string output;
  ColorMode color = ColorMode::automatic;
};

/// What a renderer gets: the figures and the width of a text chart.
struct TimelineFigures {
  Timeline timeline;
  int width = kDefaultWidth;
};

/// The formats of the timeline: the first is the default.
constexpr std::array<Format<TimelineFigures>, 3> kTimelineFormats = {{
    {"text", "txt",
     [](const TimelineFigures& f, bool color) {
       return render_timeline_text(f.timeline, {.width = f.width, .color = color});
     }},
    {"svg", "svg", [](const TimelineFigures& f, bool) { return render_timeline_svg(f.timeline); }},
    {"mermaid", "mmd",
     [](const TimelineFigures& f, bool) { return render_timeline_mermaid(f.timeline); }},
}};

/// --width, else the terminal's width when standard output is one, else 100.
int chart_width(const TimelineCommand& cmd, bool to_stdout) {
  if (cmd.width > 0) return cmd.width;
  winsize size{};
  if (to_stdout && isatty(STDOUT_FILENO) == 1 && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 &&
      size.ws_col > 0)
    return std::max(static_cast<int>(size.ws_col), kTimelineMinWidth);
  return kDefaultWidth;
}

int run_timeline(const TimelineCommand& cmd) {
  TimelineQuery query;
  query.scope.roles = cmd.roles;
  if (!cmd.person.empty()) query.scope.person = cmd.person;
  query.from = as_of_date(cmd.from);
  query.to = as_of_date(cmd.to);
  if (from_after_to(cmd.from, cmd.to)) return kExitUsage;

  auto opened =
      open_plan(cmd.file, cmd.as_of, cmd.color, cmd.max_size, "the timeline");  // load, check
  if (const int* exit_code = std::get_if<int>(&opened)) return *exit_code;
  const OpenedPlan& plan = std::get<OpenedPlan>(opened);

  if (refuse_scope(plan.plan(), query.scope)) return kExitUsage;  // figures
  const bool to_stdout = is_stdout(cmd.output);
  TimelineFigures figures;
  figures.timeline = build_timeline(plan.plan(), query, plan.today);
  figures.width = chart_width(cmd, to_stdout);

  const std::string out = format_named(kTimelineFormats, cmd.format)  // report
                              .render(figures, use_color(cmd.color, STDOUT_FILENO, !to_stdout));
  return deliver(out, cmd.output, {cmd.file});
}

CLI::Validator width_validator() {
  return CLI::Validator(
      [](std::string& text) {
        int n = 0;
        if (CLI::detail::lexical_cast(text, n) && n >= kTimelineMinWidth) return std::string();
        return fmt::format("--width must be a whole number of columns, at least {} (got `{}`)",
                           kTimelineMinWidth, text);
      },
      "", "width");
}

}  // namespace

void setup_timeline(CLI::App& command, int& exit_code) {
  auto cmd = std::make_shared<TimelineCommand>();
  add_plan_file_option(command, cmd->file);
  add_max_size_option(command, cmd->max_size);
  command.add_option("--role", cmd->roles, "show only this role's tactics (repeatable)")
      ->type_name("ID")
      ->allow_extra_args(false)
      ->delimiter(',');
  command
      .add_option("--person", cmd->person,
                  "show only this person's tactics and their roles' unassigned ones")
      ->type_name("NAME");
  command
      .add_option("--from", cmd->from,
                  "start the axis at DATE (default: the tactical plan's start)")
      ->type_name("DATE")
      ->check(date_validator());
  command.add_option("--to", cmd->to, "end the axis at DATE (default: the tactical plan's end)")
      ->type_name("DATE")
      ->check(date_validator());
  add_format_option(command, cmd->format, format_names(kTimelineFormats));
  command
      .add_option("--width", cmd->width,
                  fmt::format("columns of the text chart, at least {} (default: the terminal's "
                              "width, else {})",
                              kTimelineMinWidth, kDefaultWidth))
      ->type_name("N")
      ->check(width_validator());
  add_as_of_option(command, cmd->as_of);
  add_output_option(command, cmd->output, "the timeline");
  add_color_option(command, cmd->color);
  command.footer(
      "A bar runs from a tactic's start (its `start`, else its prerequisites' finish, else the\n"
      "tactical plan's start) to its due date and shows its standing: done, overdue, blocked,\n"
      "behind pace or on track (as `plan report` counts them). A tactic whose start is its due\n"
      "date is a milestone; one with an unknown due date is listed with the reason, not drawn.\n"
      "Tactics outside --from..--to are left out; those crossing an edge are cut there and\n"
      "marked. See docs/timeline.md.\n"
      "\n"
      "Exit status: 0 the timeline was written; 1 the plan has structural errors (printed);\n"
      "2 usage error (an unknown --role or --person included), or a file that could not be\n"
      "read or written.");
  command.callback([cmd, &exit_code] { exit_code = run_timeline(*cmd); });
}

}  // namespace plan::cli

// `plan diff OLD NEW` and `plan diff --git REV FILE`: what a change to a plan
// changes, in plan terms, for review.

#include <unistd.h>

#include <array>
#include <memory>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/formats.hpp"
#include "cli/git_show.hpp"
#include "cli/open_plan.hpp"
#include "plan/render/diff.hpp"
#include "plan/review/diff.hpp"

namespace plan::cli {
namespace {

struct DiffCommand {
  std::vector<std::string> files;
  std::string git_revision;
  std::size_t max_size = kDefaultMaxSourceSize;
  std::string as_of;
  std::string format = "text";
  std::string output;
  std::vector<std::string> fail_on;
  int slip_days = 0;
  ColorMode color = ColorMode::automatic;
};

constexpr const char* kDiffFooter =
    "Items are matched by id within their list, the plan's own keys by name, and\n"
    "findings by rule and by the item they are about (never by line or wording), so\n"
    "a finding that only moved is neither new nor fixed. A due date is compared as it\n"
    "falls, written or derived from `after` + `within`.\n"
    "\n"
    "Kinds: added, removed, slipped, pulled-in, window-moved, reassigned,\n"
    "target-lowered, target-raised, progressed, regressed, status, stage-moved,\n"
    "value-changed, renamed, changed, new-error, new-warning, fixed.\n"
    "\n"
    "Exit status: 0 whatever changed, unless a --fail-on kind occurs: then 1; also 1\n"
    "when either plan has structural errors (printed); 2 usage error, a file that\n"
    "could not be read or written, or a git revision or path that git cannot show.";

/// One output format of the diff.
struct DiffFormat {
  std::string_view name;
  std::string (*render)(const PlanDiff& diff, const DiffRenderOptions& options);
};

constexpr std::array<DiffFormat, 3> kDiffFormats = {{
    {"text", render_diff_text},
    {"markdown", render_diff_markdown},
    {"json", render_diff_json},
}};

std::vector<std::string> fail_on_names() {
  std::vector<std::string> names;
  names.reserve(kFailOnKinds.size());
  for (const ChangeKind kind : kFailOnKinds)
    names.emplace_back(to_string(kind));
  return names;
}

/// One side read from a file; a refusal names the side.
std::variant<OpenedPlan, int> open_side(const DiffCommand& cmd, const std::string& file,
                                        std::string_view side) {
  ReadResult read = read_source(file, cmd.max_size);
  if (!read.source) {
    print_error(fmt::format("cannot read `{}`: {}", read.error->path, read.error->message));
    return kExitUsage;
  }
  return check_source(std::move(*read.source), cmd.as_of, cmd.color, "the diff",
                      fmt::format("the {} plan (`{}`)", side, file));
}

/// The old side: a file, or FILE as committed at the revision.
std::variant<OpenedPlan, int> open_old(const DiffCommand& cmd) {
  if (cmd.git_revision.empty()) {
    return open_side(cmd, cmd.files[0], "old");
  }
  const std::string& file = cmd.files[0];
  GitShow shown = git_show(cmd.git_revision, file, cmd.max_size);
  if (!shown.text) {
    print_error(fmt::format("cannot read `{}` at `{}`: {}", file, cmd.git_revision, shown.error));
    return kExitUsage;
  }
  const std::string label = fmt::format("{}:{}", cmd.git_revision, file);
  return check_source(SourceFile(label, std::move(*shown.text)), cmd.as_of, cmd.color, "the diff",
                      fmt::format("the old plan (`{}`)", label));
}

int run_diff(const DiffCommand& cmd) {
  const bool git = !cmd.git_revision.empty();
  if (cmd.files.size() != (git ? 1U : 2U)) {
    print_error(git ? "with --git, give one plan file: `plan diff --git REV FILE`"
                    : "give two plan files: `plan diff OLD NEW` (or `plan diff --git REV FILE`)");
    print_hint("run `plan diff --help` for its usage");
    return kExitUsage;
  }
  auto old_plan = open_old(cmd);  // load, model, check: each side on its own
  if (const int* status = std::get_if<int>(&old_plan)) return *status;
  const std::string& new_file = git ? cmd.files[0] : cmd.files[1];
  auto new_plan = open_side(cmd, new_file, "new");
  if (const int* status = std::get_if<int>(&new_plan)) return *status;
  const OpenedPlan& a = std::get<OpenedPlan>(old_plan);
  const OpenedPlan& b = std::get<OpenedPlan>(new_plan);

  const PlanDiff diff = diff_plans({a.source.get(), &a.checked},  // figures
                                   {b.source.get(), &b.checked});
  DiffRenderOptions options;  // report
  for (const std::string& name : cmd.fail_on) {
    for (const ChangeKind kind : kFailOnKinds) {
      if (to_string(kind) == name) options.fail_on.push_back(kind);
    }
  }
  options.slip_days = cmd.slip_days;
  const bool to_stdout = is_stdout(cmd.output);
  options.color = use_color(cmd.color, STDOUT_FILENO, !to_stdout);
  const std::string out = format_named(kDiffFormats, cmd.format).render(diff, options);
  const std::vector<std::string> inputs =
      git ? std::vector<std::string>{cmd.files[0]}
          : std::vector<std::string>{cmd.files[0], cmd.files[1]};
  if (const int status = deliver(out, cmd.output, inputs); status != kExitOk) return status;
  for (const Change& change : diff.changes) {
    if (fails(change, options.fail_on, options.slip_days)) return kExitPlanErrors;
  }
  return kExitOk;
}

}  // namespace

void setup_diff(CLI::App& command, int& exit_code) {
  auto cmd = std::make_shared<DiffCommand>();
  command
      .add_option("files", cmd->files,
                  "OLD NEW: the plans before and after; `-` reads standard input")
      ->required()
      ->type_name("FILE");
  command
      .add_option("--git", cmd->git_revision,
                  "compare FILE as committed at REV (git show REV:FILE) with FILE as it is now")
      ->type_name("REV");
  add_max_size_option(command, cmd->max_size);
  add_as_of_option(command, cmd->as_of);
  add_format_option(command, cmd->format, format_names(kDiffFormats));
  command
      .add_option("--fail-on", cmd->fail_on,
                  "exit 1 when a change of this kind occurs (repeatable): " +
                      fmt::format("{}", fmt::join(fail_on_names(), ", ")))
      ->type_name("KIND")
      ->check(one_of("a kind --fail-on takes", fail_on_names()));
  command
      .add_option("--slip-days", cmd->slip_days,
                  "with --fail-on slipped: only slips of more than N days fail (default 0)")
      ->type_name("N")
      ->check(CLI::NonNegativeNumber.description(""));
  add_output_option(command, cmd->output, "the diff");
  add_color_option(command, cmd->color);
  command.footer(kDiffFooter);
  command.callback([cmd, &exit_code] { exit_code = run_diff(*cmd); });
}

}  // namespace plan::cli

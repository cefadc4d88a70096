// `plan check FILE...`: check each file, print its findings, exit 0, 1 or 2.

#include <unistd.h>

#include <array>
#include <memory>
#include <span>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "plan/check/check.hpp"
#include "plan/render/findings.hpp"

namespace plan::cli {
namespace {

struct CheckCommand {
  std::vector<std::string> files;
  std::size_t max_size = kDefaultMaxSourceSize;
  std::string format = "text";
  std::string output;
  std::string as_of;
  ColorMode color = ColorMode::automatic;
  bool strict = false;
  bool quiet = false;
};

/// The formats that render a whole run at once; `text` renders file by file.
struct RunFormat {
  std::string_view name;
  std::string (*render)(std::span<const FileResult> files);
};

constexpr std::array kRunFormats = {
    RunFormat{"json", render_json},     RunFormat{"github", render_github},
    RunFormat{"sarif", render_sarif},   RunFormat{"junit", render_junit},
    RunFormat{"gitlab", render_gitlab},
};

std::vector<std::string> format_names() {
  std::vector<std::string> names{"text"};
  for (const RunFormat& f : kRunFormats)
    names.emplace_back(f.name);
  return names;
}

int run_check(const CheckCommand& cmd) {
  CheckOptions options;
  options.as_of = as_of_date(cmd.as_of);
  options.today = local_date();
  const bool to_stdout = is_stdout(cmd.output);
  const TextOptions text{use_color(cmd.color, STDOUT_FILENO, !to_stdout), cmd.quiet};

  // Files are checked one at a time; the sources and results are kept only
  // when a format needs the whole run at once.
  const bool whole_run = cmd.format != "text" || !to_stdout;
  std::vector<std::unique_ptr<SourceFile>> sources;
  std::vector<std::unique_ptr<CheckedPlan>> results;
  std::vector<FileResult> files;
  std::string text_out;
  bool unreadable = false, errors = false, warnings = false;

  for (const std::string& path : cmd.files) {
    ReadResult read = read_source(path, cmd.max_size);  // read
    if (!read.source) {
      print_error(fmt::format("cannot read `{}`: {}", read.error->path, read.error->message));
      unreadable = true;
      if (whole_run) files.push_back({read.error->path, nullptr, nullptr, read.error->message});
      continue;
    }
    auto source = std::make_unique<SourceFile>(std::move(*read.source));
    auto checked = std::make_unique<CheckedPlan>(check_plan(*source, options));  // load, check
    errors = errors || checked->errors > 0;
    warnings = warnings || checked->warnings > 0;
    const FileResult file{source->path(), source.get(), checked.get(), std::nullopt};
    if (cmd.format == "text") text_out += render_text(file, text);  // report
    if (!whole_run) {
      if (!write_stdout(text_out)) return kExitUsage;
      text_out.clear();
      continue;
    }
    files.push_back(file);
    sources.push_back(std::move(source));
    results.push_back(std::move(checked));
  }

  for (const RunFormat& f : kRunFormats) {
    if (cmd.format == f.name) text_out = f.render(files);
  }
  if (deliver(text_out, cmd.output, cmd.files) != kExitOk || unreadable) return kExitUsage;
  if (errors || (cmd.strict && warnings)) return kExitPlanErrors;
  return kExitOk;
}

}  // namespace

void setup_check(CLI::App& command, int& exit_code) {
  auto cmd = std::make_shared<CheckCommand>();
  CLI::App* sub = &command;
  sub->add_option("files", cmd->files, "plan files to check; `-` reads standard input")
      ->required()
      ->type_name("FILE");
  add_format_option(*sub, cmd->format, format_names());
  add_output_option(*sub, cmd->output, "the report");
  add_max_size_option(*sub, cmd->max_size);
  sub->add_flag("--strict", cmd->strict, "exit 1 on warnings too");
  sub->add_flag("-q,--quiet", cmd->quiet, "drop the summary and `ok` lines");
  add_as_of_option(*sub, cmd->as_of);
  add_color_option(*sub, cmd->color);
  sub->footer(
      "Exit status: 0 no errors (warnings allowed unless --strict); 1 a plan has errors;\n"
      "2 usage error, or a file that could not be read or written.\n"
      "Formats for CI (github, sarif, junit, gitlab): see docs/ci.md.");
  sub->callback([cmd, &exit_code] { exit_code = run_check(*cmd); });
}

}  // namespace plan::cli

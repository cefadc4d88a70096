// `plan pipeline FILE`: deals by stage, the weighted forecast (Σ value ×
// probability), stalled deals and figures per owner.

#include <unistd.h>

#include <array>
#include <memory>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/formats.hpp"
#include "cli/open_plan.hpp"
#include "plan/figures/pipeline.hpp"
#include "plan/render/html.hpp"
#include "plan/render/pipeline.hpp"

namespace plan::cli {
namespace {

struct PipelineCommand {
  std::string file;
  std::size_t max_size = kDefaultMaxSourceSize;
  std::string as_of;
  std::string format = "text";
  std::string output;
  ColorMode color = ColorMode::automatic;
};

constexpr const char* kPipelineFooter =
    "For each stage in process order: deals, value, the stage's probability and the\n"
    "weighted value (value x probability). Weighted forecast: the sum of value x\n"
    "probability over every deal, exact to the cent. A stage without a probability is\n"
    "unknown: its deals are shown but left out of the forecast, and the report says so.\n"
    "Days in stage: the as-of date - `since`. A deal is stalled when its days in stage\n"
    "exceed the stage's `max_days` (exactly max_days is not stalled).\n"
    "\n"
    "Exit status: 0 the report was written; 1 the plan has structural errors (printed);\n"
    "2 usage error, or a file that could not be read or written.";

/// The formats of the pipeline: the first is the default.
constexpr std::array<Format<Pipeline>, 5> kPipelineFormats = {{
    {"text", "txt",
     [](const Pipeline& pipeline, bool color) {
       return render_pipeline_text(pipeline, {.color = color});
     }},
    {"markdown", "md",
     [](const Pipeline& pipeline, bool) { return render_pipeline_markdown(pipeline); }},
    {"csv", "csv", [](const Pipeline& pipeline, bool) { return render_pipeline_csv(pipeline); }},
    {"json", "json", [](const Pipeline& pipeline, bool) { return render_pipeline_json(pipeline); }},
    {"html", "html", [](const Pipeline& pipeline, bool) { return render_pipeline_html(pipeline); }},
}};

int run_pipeline(const PipelineCommand& cmd) {
  auto opened = open_plan(cmd.file, cmd.as_of, cmd.color, cmd.max_size,
                          "the pipeline");  // load, model, check
  if (const int* status = std::get_if<int>(&opened)) return *status;
  const OpenedPlan& plan = std::get<OpenedPlan>(opened);
  const Pipeline pipeline = build_pipeline(plan.plan(), plan.today);  // figures

  const bool to_stdout = is_stdout(cmd.output);  // report
  const std::string out = format_named(kPipelineFormats, cmd.format)
                              .render(pipeline, use_color(cmd.color, STDOUT_FILENO, !to_stdout));
  return deliver(out, cmd.output, {cmd.file});
}

}  // namespace

void setup_pipeline(CLI::App& command, int& exit_code) {
  auto cmd = std::make_shared<PipelineCommand>();
  add_plan_file_option(command, cmd->file);
  add_max_size_option(command, cmd->max_size);
  add_as_of_option(command, cmd->as_of);
  add_format_option(command, cmd->format, format_names(kPipelineFormats));
  add_output_option(command, cmd->output, "the report");
  add_color_option(command, cmd->color);
  command.footer(kPipelineFooter);
  command.callback([cmd, &exit_code] { exit_code = run_pipeline(*cmd); });
}

}  // namespace plan::cli

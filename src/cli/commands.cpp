#include "cli/commands.hpp"

#include <array>

namespace plan::cli {
namespace {

constexpr std::array kCommands = {
    Command{"check", "Check plan files against every rule of the format", setup_check},
    Command{"tasks", "Per-role task lists: text, Markdown, CSV, JSON or iCalendar", setup_tasks},
    Command{"report", "Accountability per role and person: job, goals, how they are doing",
            setup_report},
    Command{"pipeline", "Deals by stage, the weighted forecast and stalled deals", setup_pipeline},
    Command{"timeline", "The tactics on a time axis by role: text, SVG or Mermaid", setup_timeline},
    Command{"diff", "What a change to a plan changes, for review: slips, reassignments, findings",
            setup_diff},
    Command{"rules", "The rule catalogue: name, default severity, summary", setup_rules},
    Command{"explain", "What a rule checks, why it matters, an example and its fix", setup_explain},
    Command{"schema", "The JSON Schema of the plan format, for editors", setup_schema},
    Command{"init", "Write a starter plan: the whale-hunting plan, or a skeleton", setup_init},
    Command{"completion", "A completion script for bash, zsh or fish", setup_completion},
};

}  // namespace

std::span<const Command> commands() {
  return kCommands;
}

}  // namespace plan::cli

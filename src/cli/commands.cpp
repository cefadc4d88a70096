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
};

}  // namespace

std::span<const Command> commands() {
  return kCommands;
}

}  // namespace plan::cli

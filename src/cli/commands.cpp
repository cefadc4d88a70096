#include "cli/commands.hpp"

#include <array>

namespace plan::cli {
namespace {

constexpr std::array kCommands = {
    Command{"check", "Check plan files against every rule of the format", setup_check},
    Command{"tasks", "Per-role task lists: text, Markdown, CSV, JSON or iCalendar", setup_tasks},
};

}  // namespace

std::span<const Command> commands() {
  return kCommands;
}

}  // namespace plan::cli

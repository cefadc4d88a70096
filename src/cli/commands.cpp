#include "cli/commands.hpp"

#include <array>

namespace plan::cli {
namespace {

constexpr std::array kCommands = {
    Command{"check", "Check plan files against every rule of the format", setup_check},
};

}  // namespace

std::span<const Command> commands() {
  return kCommands;
}

}  // namespace plan::cli

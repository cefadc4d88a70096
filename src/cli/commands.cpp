#include "cli/commands.hpp"

#include <array>

namespace plan::cli {
namespace {

constexpr std::array kCommands = {
    Command{"check", "check plan files against every rule", setup_check},
};

}  // namespace

std::span<const Command> commands() {
  return kCommands;
}

}  // namespace plan::cli

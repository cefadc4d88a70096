#pragma once
// The commands `plan --help` lists: what the completion scripts and the man
// page must each name.

#include <sstream>
#include <string>
#include <vector>

#include "support/test_support.hpp"

namespace plan::test {

inline std::vector<std::string> commands_in_help() {
  std::istringstream help(run_plan({"--help"}).out);
  std::vector<std::string> names;
  bool listing = false;
  for (std::string line; std::getline(help, line);) {
    if (line == "Subcommands:") {
      listing = true;
    } else if (listing && line.starts_with("  ")) {
      names.push_back(line.substr(2, line.find(' ', 2) - 2));
    } else if (listing) {
      break;
    }
  }
  return names;
}

}  // namespace plan::test

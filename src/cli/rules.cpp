// `plan rules`: the rule catalogue from the rule table, one rule a line.

#include <memory>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "plan/rule_docs.hpp"

namespace plan::cli {
namespace {

struct RulesCommand {
  std::string output;
};

int run_rules(const RulesCommand& cmd) {
  const std::string text = render_rule_list(rule_table());
  if (cmd.output.empty()) return write_stdout(text) ? kExitOk : kExitUsage;
  if (const auto failed = write_file_atomically(cmd.output, text, {})) {
    print_error(*failed);
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace

void setup_rules(CLI::App& command, int& exit_code) {
  auto cmd = std::make_shared<RulesCommand>();
  command.add_option("-o,--output", cmd->output, "write the list to PATH (whole or not at all)")
      ->type_name("PATH");
  command.footer(
      "One rule a line: name, default severity, summary.\n"
      "`plan explain RULE` prints a rule's documentation; docs/rules.md has them all.");
  command.callback([cmd, &exit_code] { exit_code = run_rules(*cmd); });
}

}  // namespace plan::cli

// `plan rules`: the rule catalogue from the rule table, one rule a line.

#include <memory>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "plan/check/rule_table.hpp"
#include "plan/render/rule_docs.hpp"

namespace plan::cli {
namespace {

struct RulesCommand {
  std::string output;
};

int run_rules(const RulesCommand& cmd) {
  const std::string text = render_rule_list(rule_table());
  return deliver(text, cmd.output, {});
}

}  // namespace

void setup_rules(CLI::App& command, int& exit_code) {
  auto cmd = std::make_shared<RulesCommand>();
  add_output_option(command, cmd->output, "the list");
  command.footer(
      "One rule a line: name, default severity, `structural` for the rules that\n"
      "`policy.rules` and `ignore` cannot change, summary.\n"
      "`plan explain RULE` prints a rule's documentation; docs/rules.md has them all.");
  command.callback([cmd, &exit_code] { exit_code = run_rules(*cmd); });
}

}  // namespace plan::cli

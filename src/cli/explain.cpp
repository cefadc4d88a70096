// `plan explain RULE...` (or --all): what a rule checks, why it matters, a
// failing example and its fix, from the rule's entry in the rule table.
// `plan explain --all --format markdown` is docs/rules.md.

#include <memory>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "plan/check/rule_table.hpp"
#include "plan/render/rule_docs.hpp"
#include "plan/support/suggest.hpp"

namespace plan::cli {
namespace {

struct ExplainCommand {
  std::vector<std::string> rules;
  bool all = false;
  std::string format = "text";
  std::string output;
};

int run_explain(const ExplainCommand& cmd) {
  std::vector<const Rule*> chosen;
  if (cmd.all) {
    chosen.assign(rule_table().begin(), rule_table().end());
  } else if (cmd.rules.empty()) {
    print_error("name a rule to explain, or give --all; `plan rules` lists them");
    return kExitUsage;
  }
  bool unknown = false;
  for (const std::string& name : cmd.rules) {
    if (const Rule* rule = find_rule(name)) {
      chosen.push_back(rule);
      continue;
    }
    print_error(fmt::format("unknown rule `{}`{}", name, did_you_mean(name, rule_names())));
    unknown = true;
  }
  if (unknown) {
    print_hint("run `plan rules` to see the rules");
    return kExitUsage;
  }

  std::string text;
  if (cmd.format == "markdown" && cmd.all) {
    text = render_rules_markdown(chosen);
  } else {
    for (const Rule* rule : chosen) {
      if (!text.empty()) text += '\n';
      text += cmd.format == "markdown" ? render_rule_markdown(*rule) : render_rule_text(*rule);
    }
  }
  return deliver(text, cmd.output, {});
}

}  // namespace

void setup_explain(CLI::App& command, int& exit_code) {
  auto cmd = std::make_shared<ExplainCommand>();
  auto* rules =
      command.add_option("rules", cmd->rules, "rules to explain (`plan rules` lists them)")
          ->type_name("RULE");
  command.add_flag("--all", cmd->all, "explain every rule, in the order of `plan rules`")
      ->excludes(rules);
  add_format_option(command, cmd->format, {"text", "markdown"});
  add_output_option(command, cmd->output, "the documentation");
  command.footer(
      "`plan explain --all --format markdown` is docs/rules.md.\n"
      "Exit status: 0 explained; 2 an unknown rule or a usage error.");
  command.callback([cmd, &exit_code] { exit_code = run_explain(*cmd); });
}

}  // namespace plan::cli

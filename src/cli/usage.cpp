#include "cli/usage.hpp"

#include <CLI/CLI.hpp>

namespace plan::cli {
namespace {

CommandUsage describe(const CLI::App& app, std::string name) {
  CommandUsage usage{std::move(name), app.get_description(), app.get_footer(), {}};
  std::vector<OptionUsage> positionals;
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_group().empty()) continue;  // hidden
    OptionUsage o;
    for (const std::string& s : option->get_snames())
      o.names.push_back("-" + s);
    for (const std::string& l : option->get_lnames())
      o.names.push_back("--" + l);
    if (option->get_type_size() != 0 || option->get_positional()) o.value = option->get_type_name();
    o.description = option->get_description();
    o.required = option->get_required();
    o.repeats = option->get_items_expected_max() > 1;
    if (option->get_positional() && o.names.empty()) {
      o.positional = option->get_name(true);
      positionals.push_back(std::move(o));
    } else {
      usage.options.push_back(std::move(o));
    }
  }
  usage.options.insert(usage.options.end(), positionals.begin(), positionals.end());
  return usage;
}

}  // namespace

std::vector<CommandUsage> describe_usage(const CLI::App& root) {
  std::vector<CommandUsage> usages{describe(root, "")};
  for (const CLI::App* command : root.get_subcommands([](const CLI::App*) { return true; }))
    usages.push_back(describe(*command, command->get_name()));
  return usages;
}

std::vector<std::string> value_choices(const std::string& value) {
  if (value.find('|') == std::string::npos) return {};
  std::vector<std::string> choices;
  std::size_t at = 0;
  for (auto bar = value.find('|'); bar != std::string::npos; bar = value.find('|', at)) {
    choices.push_back(value.substr(at, bar - at));
    at = bar + 1;
  }
  choices.push_back(value.substr(at));
  return choices;
}

}  // namespace plan::cli

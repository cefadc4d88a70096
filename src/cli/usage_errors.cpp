#include "cli/usage_errors.hpp"

#include <string_view>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include "plan/support/suggest.hpp"

namespace plan::cli {
namespace {

/// Every spelling of the command's options (`--color`, `-o`, `--help`).
std::vector<std::string> option_names(const CLI::App& command) {
  std::vector<std::string> names;
  for (const CLI::Option* option : command.get_options()) {
    for (const std::string& name : option->get_lnames())
      names.push_back("--" + name);
    for (const std::string& name : option->get_snames())
      names.push_back("-" + name);
  }
  return names;
}

std::string unexpected(const CLI::App& command, const std::string& argument) {
  if (argument.size() < 2 || argument[0] != '-') {
    return fmt::format("unexpected argument `{}`", argument);
  }
  const std::string name = argument.substr(0, argument.find('='));
  const std::vector<std::string> names = option_names(command);
  const std::vector<std::string_view> views(names.begin(), names.end());
  return fmt::format("unknown option `{}`{}", name, did_you_mean(name, views));
}

/// The first required positional argument the user did not give.
const CLI::Option* missing_positional(const CLI::App& command) {
  for (const CLI::Option* option : command.get_options()) {
    if (option->get_positional() && option->get_required() && option->count() == 0) return option;
  }
  return nullptr;
}

}  // namespace

std::vector<std::string> describe_parse_error(const CLI::App& app, const CLI::App* command,
                                              const CLI::ParseError& error) {
  const CLI::App& where = command ? *command : app;
  // Arguments nothing took come first: with them, whatever else CLI11 says
  // ("a subcommand is required" after `plan --bogus`) follows from them.
  std::vector<std::string> lines;
  for (const std::string& argument : where.remaining())
    lines.push_back(unexpected(where, argument));
  if (!lines.empty()) return lines;
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) {
    // "--as-of: 1 required DATE missing"
    const std::string_view what = error.what();
    if (what.starts_with("-") && what.ends_with(" missing")) {
      const std::string_view name = what.substr(0, what.find(':'));
      return {fmt::format("`{}` needs a value", name)};
    }
  }
  if (dynamic_cast<const CLI::RequiredError*>(&error)) {
    if (!command) {
      std::vector<std::string> names;
      for (const CLI::App* sub : app.get_subcommands({}))
        names.push_back(sub->get_name());
      return {fmt::format("give a command: {}", fmt::join(names, ", "))};
    }
    if (const CLI::Option* file = missing_positional(*command)) {
      return {file->get_items_expected_max() > 1
                  ? "give one or more plan files (or `-` for standard input)"
                  : "give a plan file (or `-` for standard input)"};
    }
  }
  return {error.what()};
}

}  // namespace plan::cli

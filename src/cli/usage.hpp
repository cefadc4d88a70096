#pragma once
// The command line as data, read back from the CLI11 apps that the command
// table set up: what `plan completion` and the man page print. So every
// option's name, value and text has one source, the `setup` that binds it.

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace plan::cli {

struct OptionUsage {
  std::vector<std::string> names;  ///< "-o", "--output"; empty for a positional
  std::string positional;          ///< the positional's name ("file"), else empty
  std::string value;               ///< what it takes: "FILE", "text|json"; empty for a flag
  std::string description;
  bool required = false;  ///< a positional that must be given
  bool repeats = false;   ///< a positional that takes more than one value
};

struct CommandUsage {
  std::string name;  ///< empty for `plan` itself
  std::string summary;
  std::string footer;
  std::vector<OptionUsage> options;  ///< visible ones, in the order bound; positionals last
};

/// `plan` itself (first), then every command in the command table's order.
/// Hidden options (CLI11's empty group) are left out.
std::vector<CommandUsage> describe_usage(const CLI::App& root);

/// The choices of a value written `a|b|c`; empty for any other value.
std::vector<std::string> value_choices(const std::string& value);

}  // namespace plan::cli

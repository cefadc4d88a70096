#pragma once
// What went wrong on the command line, in words: CLI11's parse errors turned
// into "unknown option `--colour`; did you mean `--color`?" and the like.

#include <string>
#include <vector>

namespace CLI {
class App;
class ParseError;
}  // namespace CLI

namespace plan::cli {

/// One line per problem the parse error stands for (no "error:" prefix).
/// `command` is the subcommand being parsed, or nullptr for `plan` itself.
std::vector<std::string> describe_parse_error(const CLI::App& app, const CLI::App* command,
                                              const CLI::ParseError& error);

}  // namespace plan::cli

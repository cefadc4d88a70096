#pragma once
// The command table: every `plan` subcommand, its one-line summary and the
// function that binds its options. `plan --help` and "did you mean" read it.

#include <span>
#include <string_view>

namespace CLI {
class App;
}

namespace plan::cli {

struct Command {
  std::string_view name;
  std::string_view summary;
  /// Binds the subcommand's options; when it runs, it stores its exit status in `exit_code`.
  void (*setup)(CLI::App& command, int& exit_code);
};

std::span<const Command> commands();

// One per file in src/cli/.
void setup_check(CLI::App& command, int& exit_code);
void setup_report(CLI::App& command, int& exit_code);
void setup_pipeline(CLI::App& command, int& exit_code);
void setup_diff(CLI::App& command, int& exit_code);
void setup_tasks(CLI::App& command, int& exit_code);
void setup_timeline(CLI::App& command, int& exit_code);
void setup_rules(CLI::App& command, int& exit_code);
void setup_explain(CLI::App& command, int& exit_code);
void setup_schema(CLI::App& command, int& exit_code);
void setup_init(CLI::App& command, int& exit_code);
void setup_completion(CLI::App& command, int& exit_code);

}  // namespace plan::cli

#pragma once
// What every command shares: exit statuses, --as-of, --color, error messages
// and whole-or-nothing output files.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plan/date.hpp"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace plan::cli {

/// Exit statuses, the same for every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitPlanErrors = 1;
inline constexpr int kExitUsage = 2;

/// Prints `plan: error: <message>` to standard error.
void print_error(std::string_view message);

/// Adds `--as-of DATE`, checked as a strict date when parsed.
CLI::Option* add_as_of_option(CLI::App& app, std::string& value);
/// The --as-of date, or nothing when not given. The value was validated by the option.
std::optional<Date> as_of_date(const std::string& value);
/// The local calendar date.
Date local_date();

/// Adds `--format NAME`, one of `formats` (the first is the default).
CLI::Option* add_format_option(CLI::App& app, std::string& value,
                               const std::vector<std::string>& formats);

enum class ColorMode { automatic, always, never };
CLI::Option* add_color_option(CLI::App& app, ColorMode& mode);
/// Whether to colour what goes to a descriptor (the flag wins, then
/// NO_COLOR, then whether `fd` is a terminal). `to_file`: the output goes to
/// a file (-o), never coloured unless `always`.
bool use_color(ColorMode mode, int fd, bool to_file = false);

/// Writes `text` to `path` whole or not at all: a temporary file beside it,
/// then a rename. Refuses to replace any of `inputs`. Returns an error message on failure.
std::optional<std::string> write_file_atomically(const std::string& path, std::string_view text,
                                                 const std::vector<std::string>& inputs);

/// Writes to standard output; false if the write failed (a closed pipe, a full disk).
bool write_stdout(std::string_view text);

/// Delivers a command's output: to standard output when `output` is empty,
/// else to that file whole or not at all. Returns 0, or 2 with the reason printed.
int deliver(std::string_view text, const std::string& output,
            const std::vector<std::string>& inputs);

/// Adds the positional plan FILE (`-` reads standard input).
CLI::Option* add_plan_file_option(CLI::App& app, std::string& path);
/// Adds `-o,--output PATH`; `what` names the output ("the report").
CLI::Option* add_output_option(CLI::App& app, std::string& path, std::string_view what);

}  // namespace plan::cli

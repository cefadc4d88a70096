#pragma once
// What every command shares: exit statuses and the options every command
// binds the same way (--as-of, --format, --color, --max-size, FILE, -o).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/output.hpp"
#include "plan/figures/scope.hpp"
#include "plan/load/read_source.hpp"
#include "plan/model/date.hpp"
#include "plan/model/model.hpp"

namespace CLI {
class App;
class Option;
class Validator;
}  // namespace CLI

namespace plan::cli {

/// Exit statuses, the same for every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitPlanErrors = 1;
inline constexpr int kExitUsage = 2;

/// Why `text` is no date (`2027-13-01`, `today`), in words.
std::string describe_bad_date(std::string_view text);
/// A validator that accepts one of `names`, else says which are accepted and
/// which one was probably meant; `what` names the value ("a format of this command").
CLI::Validator one_of(std::string_view what, const std::vector<std::string>& names);
/// A validator of a strict date (`--from`, `--to`), saying why a value is none.
CLI::Validator date_validator();
/// True after saying so when both `--from` and `--to` are given and `--from`
/// comes after `--to` (the values were validated as dates).
bool from_after_to(const std::string& from, const std::string& to);
/// True after printing each problem when `--role`/`--person` name nothing in
/// the plan (the valid names and "did you mean" in each message).
bool refuse_scope(const Plan& plan, const Scope& scope);
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

/// Adds the positional plan FILE (`-` reads standard input).
CLI::Option* add_plan_file_option(CLI::App& app, std::string& path);
/// Adds `--max-size SIZE`: the largest plan file read (default 64 MiB).
CLI::Option* add_max_size_option(CLI::App& app, std::size_t& bytes);
/// A size as `--max-size` takes it: bytes, or a whole number with K, M or G
/// (binary units), from 1 byte to the largest limit; nothing when invalid.
std::optional<std::size_t> parse_size(std::string_view text);

/// Adds `-o,--output PATH`; `what` names the output ("the report").
CLI::Option* add_output_option(CLI::App& app, std::string& path, std::string_view what);

}  // namespace plan::cli

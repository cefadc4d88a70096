#include "cli/common.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include "plan/support/suggest.hpp"

namespace plan::cli {

std::string describe_bad_date(std::string_view text) {
  const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                      std::all_of(text.begin(), text.end(),
                                  [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
  if (shaped) return fmt::format("`{}` is not a date on the calendar", text);
  return fmt::format("`{}` is not a date on the calendar; give one such as 2027-03-15", text);
}

CLI::Validator one_of(std::string_view what, const std::vector<std::string>& names) {
  return CLI::Validator(
      [what, names](std::string& text) {
        if (std::find(names.begin(), names.end(), text) != names.end()) return std::string();
        const std::vector<std::string_view> views(names.begin(), names.end());
        return fmt::format("`{}` is not {}; use one of: {}{}", text, what, fmt::join(names, ", "),
                           did_you_mean(text, views));
      },
      "", "");
}

CLI::Validator date_validator() {
  return CLI::Validator(
      [](std::string& text) { return parse_date(text) ? std::string() : describe_bad_date(text); },
      "", "date");
}

bool from_after_to(const std::string& from, const std::string& to) {
  const auto start = as_of_date(from);
  const auto end = as_of_date(to);
  if (!start || !end || *start <= *end) return false;
  print_error(fmt::format("--from {} is after --to {}", from, to));
  return true;
}

bool refuse_scope(const Plan& plan, const Scope& scope) {
  const auto problems = validate_scope(plan, scope);
  for (const std::string& problem : problems)
    print_error(problem);
  return !problems.empty();
}

CLI::Option* add_as_of_option(CLI::App& app, std::string& value) {
  return app
      .add_option("--as-of", value,
                  "the date to report as of (YYYY-MM-DD); default: the plan's `as_of`, else today")
      ->type_name("DATE")
      ->check(CLI::Validator(
          [](std::string& text) {
            return parse_date(text) ? std::string() : describe_bad_date(text);
          },
          "", "date"));
}

Date local_date() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  ::localtime_r(&now, &local);
  return Date::from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday).value_or(Date{});
}

CLI::Option* add_format_option(CLI::App& app, std::string& value,
                               const std::vector<std::string>& formats) {
  value = formats.front();
  return app
      .add_option("--format", value, fmt::format("output format (default: {})", formats.front()))
      ->type_name(fmt::format("{}", fmt::join(formats, "|")))
      ->check(one_of("a format of this command", formats));
}

std::optional<Date> as_of_date(const std::string& value) {
  if (value.empty()) return std::nullopt;
  return parse_date(value);
}

CLI::Option* add_color_option(CLI::App& app, ColorMode& mode) {
  return app
      .add_option_function<std::string>(
          "--color",
          [&mode](const std::string& text) {
            mode = text == "always"  ? ColorMode::always
                   : text == "never" ? ColorMode::never
                                     : ColorMode::automatic;
          },
          "colour the output: auto (on a terminal, unless NO_COLOR is set), always, never")
      ->type_name("auto|always|never")
      ->check(one_of("a colour setting", {"auto", "always", "never"}));
}

bool use_color(ColorMode mode, int fd, bool to_file) {
  if (mode == ColorMode::always) return true;
  if (mode == ColorMode::never || to_file) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return ::isatty(fd) == 1;
}

CLI::Option* add_max_size_option(CLI::App& app, std::size_t& bytes) {
  bytes = kDefaultMaxSourceSize;
  return app
      .add_option_function<std::string>(
          "--max-size",
          [&bytes](const std::string& text) { bytes = parse_size(text).value_or(bytes); },
          fmt::format("refuse a plan larger than SIZE (bytes, or with K, M or G; default {}, "
                      "at most {})",
                      describe_size(kDefaultMaxSourceSize), describe_size(kMaxSourceSizeLimit)))
      ->type_name("SIZE")
      ->check(CLI::Validator(
          [](std::string& text) {
            return parse_size(text) ? std::string()
                                    : fmt::format(
                                          "`{}` is not a size from 1 to {}; write it as "
                                          "bytes or with K, M or G, e.g. 128M",
                                          text, describe_size(kMaxSourceSizeLimit));
          },
          "", "size"));
}

std::optional<std::size_t> parse_size(std::string_view text) {
  std::size_t unit = 1;
  if (!text.empty()) {
    switch (text.back()) {
      case 'K':
        unit = std::size_t{1} << 10;
        break;
      case 'M':
        unit = std::size_t{1} << 20;
        break;
      case 'G':
        unit = std::size_t{1} << 30;
        break;
      default:
        break;
    }
    if (unit != 1) text.remove_suffix(1);
  }
  if (text.empty() || text.size() > 10 || text.front() == '0') return std::nullopt;
  std::size_t n = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<std::size_t>(c - '0');
  }
  if (n > kMaxSourceSizeLimit / unit) return std::nullopt;
  return n * unit;
}

CLI::Option* add_plan_file_option(CLI::App& app, std::string& path) {
  return app.add_option("file", path, "the plan file; `-` reads standard input")
      ->required()
      ->type_name("FILE");
}

CLI::Option* add_output_option(CLI::App& app, std::string& path, std::string_view what) {
  return app
      .add_option("-o,--output", path,
                  fmt::format("write {} to PATH (whole or not at all; `-`: standard output)", what))
      ->type_name("PATH");
}

}  // namespace plan::cli

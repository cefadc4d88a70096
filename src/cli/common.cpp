#include "cli/common.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

namespace plan::cli {

void print_error(std::string_view message) {
  fmt::print(stderr, "plan: error: {}\n", message);
}

CLI::Option* add_as_of_option(CLI::App& app, std::string& value) {
  return app
      .add_option("--as-of", value,
                  "the date to report as of (YYYY-MM-DD); default: the plan's `as_of`, else today")
      ->type_name("DATE")
      ->check(CLI::Validator(
          [](std::string& text) {
            return parse_date(text)
                       ? std::string()
                       : fmt::format("`{}` is not a date; write it as YYYY-MM-DD", text);
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
      ->check(CLI::IsMember(formats).description(""));
}

std::optional<Date> as_of_date(const std::string& value) {
  if (value.empty()) return std::nullopt;
  return parse_date(value);
}

CLI::Option* add_color_option(CLI::App& app, ColorMode& mode) {
  const std::map<std::string, ColorMode> names{
      {"auto", ColorMode::automatic}, {"always", ColorMode::always}, {"never", ColorMode::never}};
  return app
      .add_option("--color", mode,
                  "colour the output: auto (on a terminal, unless NO_COLOR is set), always, never")
      ->type_name("auto|always|never")
      ->transform(CLI::CheckedTransformer(names).description(""));
}

bool use_color(ColorMode mode, int fd, bool to_file) {
  if (mode == ColorMode::always) return true;
  if (mode == ColorMode::never || to_file) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return ::isatty(fd) == 1;
}

namespace {

bool same_file(const std::string& a, const std::string& b) {
  struct stat sa {
  }, sb{};
  if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/// Writes all of `text` to a descriptor; false with errno set on failure.
bool write_all(int fd, std::string_view text) {
  const char* data = text.data();
  std::size_t left = text.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace

std::optional<std::string> write_file_atomically(const std::string& path, std::string_view text,
                                                 const std::vector<std::string>& inputs) {
  for (const std::string& input : inputs) {
    if (input != "-" && same_file(path, input)) {
      return fmt::format("cannot write `{}`: it is one of the plans being read", path);
    }
  }
  const auto failed = [&](int err) {
    return fmt::format("cannot write `{}`: {}", path, std::strerror(err));
  };
  // A device or pipe (-o /dev/stdout) is written in place; renaming over it
  // would replace it with a file.
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) return failed(EISDIR);
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return failed(errno);
    const bool ok = write_all(fd, text);
    const int err = errno;
    ::close(fd);
    return ok ? std::nullopt : std::optional(failed(err));
  }
  // A symbolic link to a file: replace the file it names, keep the link.
  std::error_code ec;
  const std::filesystem::path target = std::filesystem::is_symlink(path, ec)
                                           ? std::filesystem::weakly_canonical(path, ec)
                                           : std::filesystem::path(path);
  const std::string final_path = ec ? path : target.string();
  std::string temp = final_path + ".tmp.XXXXXX";
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return failed(errno);
  bool ok = write_all(fd, text);
  int err = ok ? 0 : errno;
  if (ok && ::fchmod(fd, 0644) != 0) {
    ok = false;
    err = errno;
  }
  if (::close(fd) != 0 && ok) {
    ok = false;
    err = errno;
  }
  if (ok && ::rename(temp.c_str(), final_path.c_str()) != 0) {
    ok = false;
    err = errno;
  }
  if (!ok) {
    ::unlink(temp.c_str());
    return failed(err);
  }
  return std::nullopt;
}

bool write_stdout(std::string_view text) {
  if (text.empty()) return true;
  return std::fwrite(text.data(), 1, text.size(), stdout) == text.size() &&
         std::fflush(stdout) == 0;
}

int deliver(std::string_view text, const std::string& output,
            const std::vector<std::string>& inputs) {
  if (output.empty()) return write_stdout(text) ? kExitOk : kExitUsage;
  if (const auto failed = write_file_atomically(output, text, inputs)) {
    print_error(*failed);
    return kExitUsage;
  }
  return kExitOk;
}

CLI::Option* add_plan_file_option(CLI::App& app, std::string& path) {
  return app.add_option("file", path, "the plan file; `-` reads standard input")
      ->required()
      ->type_name("FILE");
}

CLI::Option* add_output_option(CLI::App& app, std::string& path, std::string_view what) {
  return app
      .add_option("-o,--output", path, fmt::format("write {} to PATH (whole or not at all)", what))
      ->type_name("PATH");
}

}  // namespace plan::cli

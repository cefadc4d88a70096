#pragma once
// Helpers for tests: check YAML given as a string, find findings, run the
// built `plan` binary as a user would.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plan/check/check.hpp"
#include "plan/model/source.hpp"
#include "plan/render/findings.hpp"

namespace plan::test {

/// A checked plan with its source kept alive for locating findings.
struct Checked {
  SourceFile source;
  CheckedPlan result;

  /// Findings of one rule, in file order.
  std::vector<const Finding*> of(std::string_view rule) const;
  /// The rule names of every finding, in file order.
  std::vector<std::string> rules() const;
  /// Line and column of a finding's start.
  Position at(const Finding& f) const { return source.position(f.span.begin); }
  Location where(const Finding& f) const { return locate(source, f.span); }
  /// "rule@line:col" for every finding, for compact assertions.
  std::vector<std::string> summary() const;
};

/// Checks YAML text as `plan.yaml`.
Checked check_yaml(std::string yaml, std::optional<std::string> as_of = std::nullopt);

/// A complete plan that passes with no findings (as of 2027-03-15). Tests
/// change one thing in it with `replace_once`.
extern const std::string kValidPlan;

/// `text` with the one occurrence of `from` replaced; fails the test if
/// `from` does not occur exactly once.
std::string replace_once(std::string text, std::string_view from, std::string_view to);

/// What running a program produced.
struct Run {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// How to run a program: where, with what on standard input, and with which
/// variables (NAME=value) added to the test's environment, NO_COLOR removed.
struct RunOptions {
  std::string cwd;  ///< "" for the test's own working directory
  std::string stdin_text;
  std::vector<std::string> env;
  // For the tests of failing writes; by default both streams are captured.
  std::string out_path;             ///< standard output to this file (e.g. /dev/full)
  std::string err_path;             ///< standard error to this file
  bool close_err = false;           ///< start with standard error closed
  bool out_to_closed_pipe = false;  ///< standard output a pipe nobody reads, SIGPIPE ignored
};

/// Runs `argv` (argv[0] an absolute path) without a shell: the one way the
/// tests start a process.
Run run_program(const std::vector<std::string>& argv, const RunOptions& options = {});

/// Runs the built `plan` with arguments, optional standard input and extra
/// environment (NAME=value).
Run run_plan(const std::vector<std::string>& args, const std::string& stdin_text = "",
             const std::vector<std::string>& env = {});
/// Runs the built `plan` with arguments, as `options` say.
Run run_plan(const std::vector<std::string>& args, const RunOptions& options);

/// Runs /usr/bin/python3 with arguments after checking that it imports every
/// module of `modules`; when it cannot, fails the test naming the Debian
/// packages that scripts/install-deps installs.
Run run_python(const std::vector<std::string>& modules, std::string_view debian_packages,
               const std::vector<std::string>& args);

/// Whether PLAN_UPDATE_GOLDEN asks the golden tests to rewrite their files.
bool updating_goldens();

/// Compares `actual` with a golden file of the source tree (`relative` to
/// it), or rewrites the file when updating_goldens().
void compare_with_golden(const std::string& relative, const std::string& actual);

/// Writes `text` to `path`, replacing it; fails the test when it cannot.
void write_text(const std::string& path, std::string_view text);

/// Path of a file in the source tree (examples/, tests/golden/ ...).
std::string source_path(std::string_view relative);

/// Reads a whole file; fails the test when it cannot.
std::string read_file(const std::string& path);

/// A fresh, empty temporary directory, removed at exit.
std::string temp_dir();

}  // namespace plan::test

#include <doctest/doctest.h>

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& items) {
    std::string out = "{";
    for (std::size_t i = 0; i < items.size(); ++i)
      out += (i ? ", \"" : "\"") + items[i] + "\"";
    return (out + "}").c_str();
  }
};
template <>
struct StringMaker<plan::Position> {
  static String convert(const plan::Position& p) {
    return (std::to_string(p.line) + ":" + std::to_string(p.column)).c_str();
  }
};
}  // namespace doctest

#pragma once
// Helpers for the tests of `plan check` in CI (tests/ci/): run the binary from
// the source tree as a user does (`plan check examples/broken.yaml`), compare
// goldens, and run Python's validators when the machine has them.

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

#include "cli/cli_helpers.hpp"
#include "support/test_support.hpp"

extern char** environ;

namespace plan::test::ci {

inline constexpr const char* kAsOf = "2027-03-15";
inline constexpr const char* kPython = "/usr/bin/python3";

/// Runs the built `plan` in `dir` (the source tree by default), so that paths
/// in its output are the relative ones given on the command line.
inline Run run_plan_in(const std::vector<std::string>& args, const std::string& dir = "") {
  const std::string cwd = dir.empty() ? source_path("") : dir;
  const std::string tmp = temp_dir();
  const std::string out_path = tmp + "/stdout", err_path = tmp + "/stderr";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
  std::vector<std::string> storage{PLAN_EXE};
  storage.insert(storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : storage)
    argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, PLAN_EXE, &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  REQUIRE_MESSAGE(spawned == 0, "cannot run " << PLAN_EXE);
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  Run run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  run.out = read_file(out_path);
  run.err = read_file(err_path);
  return run;
}

/// `plan check --as-of 2027-03-15 --color never --format FORMAT ARGS...`, from the source tree.
inline Run check_in_source(const std::string& format, const std::vector<std::string>& args,
                           const std::string& dir = "") {
  std::vector<std::string> all{"check", "--as-of", kAsOf, "--color", "never", "--format", format};
  all.insert(all.end(), args.begin(), args.end());
  return run_plan_in(all, dir);
}

inline bool updating_goldens() {
  const char* update = std::getenv("PLAN_UPDATE_GOLDEN");
  return update && *update && std::string_view(update) != "0";
}

/// Compares `actual` with a file of the source tree, or rewrites the file
/// when PLAN_UPDATE_GOLDEN is set.
inline void compare_with_file(const std::string& relative, const std::string& actual) {
  const std::string path = source_path(relative);
  if (updating_goldens()) {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    write_text(path, actual);
    MESSAGE("updated " << relative);
    return;
  }
  REQUIRE_MESSAGE(std::filesystem::exists(path),
                  relative << " is missing; create it with PLAN_UPDATE_GOLDEN=1");
  const std::string expected = read_file(path);
  CHECK_MESSAGE(actual == expected, relative << " differs (rerun with PLAN_UPDATE_GOLDEN=1 if the "
                                                "change is intended, and review the diff)\n"
                                             << first_difference(expected, actual));
}

struct Shell {
  int status = -1;
  std::string out;
};

/// Runs a shell command and captures its standard output.
inline Shell shell(const std::string& command) {
  Shell result;
  FILE* pipe = ::popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
    result.out.append(buffer, n);
  const int status = ::pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

/// A shell word: `text` in single quotes.
inline std::string shell_quote(std::string_view text) {
  std::string out = "'";
  for (const char c : text)
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

/// Whether /usr/bin/python3 imports every module; when not, says so (the
/// test then skips, loudly).
inline bool python_has(const std::vector<std::string>& modules, std::string_view package_hint) {
  std::string imports;
  for (const auto& m : modules)
    imports += (imports.empty() ? "import " : ", ") + m;
  if (::access(kPython, X_OK) != 0 ||
      shell(std::string(kPython) + " -c " + shell_quote(imports) + " >/dev/null 2>&1").status !=
          0) {
    MESSAGE("SKIPPED: " << kPython << " cannot run `" << imports << "` (apt-get install "
                        << package_hint << ")");
    return false;
  }
  return true;
}

/// Runs tests/ci/validate.py: every file against `schema`; its output, one line a file.
inline Shell validate(const std::string& schema, const std::vector<std::string>& files) {
  std::string command = std::string(kPython) + " " +
                        shell_quote(source_path("tests/ci/validate.py")) + " " +
                        shell_quote(schema);
  for (const auto& f : files)
    command += " " + shell_quote(f);
  return shell(command + " 2>&1");
}

/// Writes `text` to `name` in a fresh temporary directory; returns its path.
inline std::string scratch_file(const std::string& name, std::string_view text) {
  const std::string path = temp_dir() + "/" + name;
  write_text(path, text);
  return path;
}

/// A plan the examples are set into: every id they name exists here.
inline const std::string kDocsBase = R"(name: Whale Hunting 2027
as_of: 2027-03-15
strategy:
  name: Pursue whales to grow revenue
  start: 2027-01-01
  end: 2030-12-31
  goals:
    - id: revenue
      name: Annual revenue of $12M
      target: 12000000
      due: 2030-12-31
process:
  name: Whale Hunting
  stages:
    - id: qualify
      name: Qualify
      exit: Budget, authority, need and timeline confirmed
      probability: 0.05
      max_days: 30
    - id: proof
      name: Proof
      exit: Pilot accepted
      probability: 0.4
      max_days: 45
    - id: close
      name: Close
      exit: Contract signed
      probability: 0.9
roles:
  - id: salesperson
    name: Salesperson
    people: [Ana Ruiz, Bo Chen]
tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      due: 2027-03-31
      supports: revenue
      measure: {metric: dossiers completed, target: 3}
)";

/// The top-level sections of a plan, by key, in order.
inline std::vector<std::pair<std::string, std::string>> sections(std::string_view yaml) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const std::string& line : lines_of(yaml)) {
    const bool starts_key = !line.empty() && std::isalpha(static_cast<unsigned char>(line[0])) &&
                            line.find(':') != std::string::npos;
    if (starts_key) out.emplace_back(line.substr(0, line.find(':')), "");
    if (out.empty()) out.emplace_back("", "");  // comments before the first key
    out.back().second += line + "\n";
  }
  return out;
}

/// kDocsBase with each top-level section of `excerpt` in place of its own,
/// or `excerpt` alone when it is no mapping of sections (a list at the top).
inline std::string set_into_base(std::string_view excerpt) {
  const auto parts = sections(excerpt);
  const bool mapping =
      std::any_of(parts.begin(), parts.end(), [](const auto& p) { return !p.first.empty(); });
  if (!mapping || (parts.size() == 1 && parts[0].first.empty())) return std::string(excerpt);
  auto base = sections(kDocsBase);
  for (const auto& [key, text] : parts) {
    if (key.empty()) continue;
    const auto it =
        std::find_if(base.begin(), base.end(), [&](const auto& b) { return b.first == key; });
    if (it != base.end()) {
      it->second = text;
    } else {
      base.emplace_back(key, text);
    }
  }
  std::string out;
  for (const auto& [key, text] : base)
    out += text;
  return out;
}

}  // namespace plan::test::ci

#include "support/test_support.hpp"
#include "support/text.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>
#include <fmt/format.h>

extern char** environ;

namespace plan::test {

std::vector<const Finding*> Checked::of(std::string_view rule) const {
  std::vector<const Finding*> out;
  for (const Finding& f : result.findings) {
    if (f.rule->name == rule) out.push_back(&f);
  }
  return out;
}

std::vector<std::string> Checked::rules() const {
  std::vector<std::string> out;
  for (const Finding& f : result.findings)
    out.emplace_back(f.rule->name);
  return out;
}

std::vector<std::string> Checked::summary() const {
  std::vector<std::string> out;
  for (const Finding& f : result.findings) {
    const Position p = at(f);
    out.push_back(fmt::format("{}@{}:{}", f.rule->name, p.line, p.column));
  }
  return out;
}

Checked check_yaml(std::string yaml, std::optional<std::string> as_of) {
  Checked c{SourceFile("plan.yaml", std::move(yaml)), {}};
  CheckOptions options;
  if (as_of) {
    options.as_of = parse_date(*as_of);
    REQUIRE_MESSAGE(options.as_of, "bad as_of in test: " << *as_of);
  }
  c.result = check_plan(c.source, options);
  return c;
}

const std::string kValidPlan = R"(name: Valid plan
as_of: 2027-03-15
strategy:
  name: Pursue whales
  start: 2027-01-01
  end: 2030-12-31
  goals:
    - id: revenue
      name: Annual revenue of $12M
      target: 12000000
      actual: 4100000
      due: 2030-12-31
    - id: clients
      name: Ten whale clients
      target: 10
      due: 2030-12-31
process:
  name: Whale hunting
  stages:
    - id: qualify
      name: Qualify
      exit: Budget and authority confirmed
      probability: 0.05
      max_days: 30
    - id: proof
      name: Proof
      exit: Proof accepted
      probability: 0.3
      max_days: 45
    - id: close
      name: Close
      exit: Contract signed
      probability: 0.9
roles:
  - id: ceo
    name: CEO
    people: [Dana Whale]
  - id: salesperson
    name: Salesperson
    people: [Ana Ruiz, Bo Chen]
tactical_plan:
  name: 2027 tactical plan
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: workshop
      title: Schedule an in-house Whale Hunting workshop
      owner: ceo
      assignee: Dana Whale
      start: 2027-01-04
      due: 2027-01-29
      supports: [revenue]
      measure: {metric: workshops held, target: 1, actual: 1}
      status: done
      done_on: 2027-01-28
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      due: 2027-03-31
      supports: clients
      measure: {metric: dossiers completed, target: 3}
    - id: contact
      title: Contact a decision maker
      owner: salesperson
      assignee: Ana Ruiz
      after: dossiers
      within: 5d
      supports: [revenue, clients]
      stage: qualify
      measure: {metric: meetings scheduled, target: 3}
deals:
  - id: globex
    name: Globex Corp
    value: 750000
    stage: proof
    owner: salesperson
    assignee: Bo Chen
    since: 2027-03-01
)";

std::string replace_once(std::string text, std::string_view from, std::string_view to) {
  const auto at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, "not found in the plan: " << from);
  REQUIRE_MESSAGE(text.find(from, at + 1) == std::string::npos,
                  "found twice in the plan: " << from);
  text.replace(at, from.size(), to);
  return text;
}

std::string source_path(std::string_view relative) {
  return fmt::format("{}/{}", PLAN_SOURCE_DIR, relative);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string temp_dir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "plan-test.XXXXXX").string();
  REQUIRE(::mkdtemp(pattern.data()) != nullptr);
  static std::vector<std::string> made;
  static const bool cleanup = [] {
    std::atexit([] {
      for (const auto& d : made)
        std::filesystem::remove_all(d);
    });
    return true;
  }();
  (void)cleanup;
  made.push_back(pattern);
  return pattern;
}

Run run_program(const std::vector<std::string>& argv, const RunOptions& options) {
  REQUIRE(!argv.empty());
  const std::string dir = temp_dir();
  const std::string in_path = dir + "/stdin", out_path = dir + "/stdout",
                    err_path = dir + "/stderr";
  write_text(in_path, options.stdin_text);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, in_path.c_str(), O_RDONLY, 0);
  int pipe_ends[2] = {-1, -1};
  if (options.out_to_closed_pipe) {
    REQUIRE(::pipe(pipe_ends) == 0);
    ::close(pipe_ends[0]);  // nobody reads: a write fails with EPIPE once SIGPIPE is ignored
    posix_spawn_file_actions_adddup2(&actions, pipe_ends[1], 1);
  } else {
    posix_spawn_file_actions_addopen(
        &actions, 1, (options.out_path.empty() ? out_path : options.out_path).c_str(),
        O_WRONLY | O_CREAT | O_TRUNC, 0644);
  }
  if (options.close_err) {
    posix_spawn_file_actions_addclose(&actions, 2);
  } else {
    posix_spawn_file_actions_addopen(
        &actions, 2, (options.err_path.empty() ? err_path : options.err_path).c_str(),
        O_WRONLY | O_CREAT | O_TRUNC, 0644);
  }
  if (!options.cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, options.cwd.c_str());
  // An ignored signal stays ignored in the child: SIGPIPE for the closed pipe.
  struct sigaction old_pipe {};
  if (options.out_to_closed_pipe) {
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    ::sigaction(SIGPIPE, &ignore, &old_pipe);
  }

  std::vector<std::string> argv_storage = argv;
  std::vector<char*> argv_pointers;
  for (auto& a : argv_storage)
    argv_pointers.push_back(a.data());
  argv_pointers.push_back(nullptr);

  // The parent's environment without NO_COLOR, plus `options.env`.
  std::vector<std::string> env_storage;
  for (char** e = environ; *e; ++e) {
    if (std::string_view(*e).starts_with("NO_COLOR=")) continue;
    env_storage.emplace_back(*e);
  }
  env_storage.insert(env_storage.end(), options.env.begin(), options.env.end());
  std::vector<char*> envp;
  for (auto& e : env_storage)
    envp.push_back(e.data());
  envp.push_back(nullptr);

  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, argv_storage[0].c_str(), &actions, nullptr,
                                  argv_pointers.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  if (options.out_to_closed_pipe) {
    ::sigaction(SIGPIPE, &old_pipe, nullptr);
    ::close(pipe_ends[1]);
  }
  REQUIRE_MESSAGE(spawned == 0, "cannot run " << argv_storage[0]);
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  Run run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  if (options.out_path.empty() && !options.out_to_closed_pipe) run.out = read_file(out_path);
  if (options.err_path.empty() && !options.close_err) run.err = read_file(err_path);
  return run;
}

Run run_plan(const std::vector<std::string>& args, const std::string& stdin_text,
             const std::vector<std::string>& env) {
  std::vector<std::string> argv{PLAN_EXE};
  argv.insert(argv.end(), args.begin(), args.end());
  RunOptions options;
  options.stdin_text = stdin_text;
  options.env = env;
  return run_program(argv, options);
}

Run run_plan(const std::vector<std::string>& args, const RunOptions& options) {
  std::vector<std::string> argv{PLAN_EXE};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_program(argv, options);
}

Run run_python(const std::vector<std::string>& modules, std::string_view debian_packages,
               const std::vector<std::string>& args) {
  constexpr const char* kPython = "/usr/bin/python3";
  REQUIRE_MESSAGE(::access(kPython, X_OK) == 0,
                  kPython << " is missing: run scripts/install-deps (Debian package python3)");
  std::string imports;
  for (const auto& m : modules)
    imports += (imports.empty() ? "import " : ", ") + m;
  if (!imports.empty()) {
    const Run probe = run_program({kPython, "-c", imports});
    REQUIRE_MESSAGE(probe.exit_code == 0, kPython << " cannot run `" << imports
                                                  << "`: run scripts/install-deps (Debian "
                                                  << debian_packages << ")\n"
                                                  << probe.err);
  }
  std::vector<std::string> argv{kPython};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_program(argv);
}

bool updating_goldens() {
  const char* update = std::getenv("PLAN_UPDATE_GOLDEN");
  return update && *update && std::string_view(update) != "0";
}

void compare_with_golden(const std::string& relative, const std::string& actual) {
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

void write_text(const std::string& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  REQUIRE_MESSAGE(out.good(), "cannot write " << path);
  out << text;
  out.close();
  REQUIRE_MESSAGE(out.good(), "cannot write " << path);
}

}  // namespace plan::test

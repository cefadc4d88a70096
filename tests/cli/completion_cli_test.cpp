// `plan completion bash|zsh|fish`: the scripts really complete. Bash runs the
// completion function as readline would (COMP_WORDS, COMP_CWORD); fish answers
// `complete -C`; zsh parses the script (`zsh -n`). A shell that is not
// installed fails its test, naming the Debian package (scripts/install-deps).

#include <filesystem>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "cli/help_commands.hpp"
#include "support/test_support.hpp"

namespace plan::test {
namespace {

/// The shell at `path`, or a failed test naming its package.
std::string shell(const std::string& path, const std::string& package) {
  REQUIRE_MESSAGE(
      std::filesystem::exists(path),
      fmt::format("{} is missing: apt-get install {} (scripts/install-deps)", path, package));
  return path;
}

/// A folder holding the completion script for `shell_name` and a starter plan.
std::string scripted_folder(const std::string& shell_name, const std::string& script) {
  const std::string dir = temp_dir();
  const Run printed = run_plan({"completion", shell_name});
  REQUIRE(printed.exit_code == 0);
  CHECK(printed.err == "");
  write_text(dir + "/" + script, printed.out);
  REQUIRE(run_plan({"init", dir + "/plan.yaml", "--start", "2027-01-01"}).exit_code == 0);
  return dir;
}

/// What bash's completion function offers for the words of a command line,
/// the last one being the word under the cursor; one candidate a line.
std::string bash_complete(const std::string& dir, const std::vector<std::string>& words) {
  std::string array;
  for (const std::string& word : words)
    array += " '" + word + "'";
  const std::string script = fmt::format(
      "source ./plan.bash\n"
      "COMP_WORDS=('{}'{})\n"
      "COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1))\n"
      "_plan\n"
      "printf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
      PLAN_EXE, array);
  RunOptions in_dir;
  in_dir.cwd = dir;
  const Run run = run_program({shell("/bin/bash", "bash"), "-c", script}, in_dir);
  CHECK(run.err == "");
  CHECK(run.exit_code == 0);
  return run.out;
}

TEST_CASE("completion: bash completes commands, rule names, role ids and people from the plan") {
  const std::string dir = scripted_folder("bash", "plan.bash");
  CHECK(bash_complete(dir, {"ch"}) == "check\n");
  CHECK(bash_complete(dir, {"com"}) == "completion\n");
  CHECK(bash_complete(dir, {"explain", "stal"}) == "stalled-deal\n");
  CHECK(bash_complete(dir, {"explain", "date-order", "ov"}) == "overdue\noverloaded\n");
  CHECK(bash_complete(dir, {"tasks", "plan.yaml", "--role", "sales-"}) ==
        "sales-specialist\nsales-manager\n");
  // The plan is found after options and their values, and `--format=json` splits at the `=`.
  CHECK(bash_complete(dir, {"report", "--format", "=", "json", "plan.yaml", "--role", "c"}) ==
        "ceo\n");
  CHECK(bash_complete(dir, {"tasks", "--color", "never", "plan.yaml", "--person", "Ana"}) ==
        "Ana\\ Ruiz\n");
  // No plan on the command line yet: no names.
  CHECK(bash_complete(dir, {"tasks", "--role", ""}) == "\n");
  CHECK(bash_complete(dir, {"check", "--format", "s"}) == "sarif\n");
  CHECK(bash_complete(dir, {"check", "--format", "=", "g"}) == "github\ngitlab\n");
  CHECK(bash_complete(dir, {"tasks", "--status", "b"}) == "blocked\n");
  CHECK(bash_complete(dir, {"init", "--mi"}) == "--minimal\n");
  CHECK(bash_complete(dir, {"completion", "z"}) == "zsh\n");
  // Files, in the order the folder lists them (readline sorts them).
  const std::string files = bash_complete(dir, {"check", "pl"});
  CHECK((files == "plan.bash\nplan.yaml\n" || files == "plan.yaml\nplan.bash\n"));
}

TEST_CASE("completion: the bash script names every command of the command table") {
  const Run run = run_plan({"completion", "bash"});
  const std::vector<std::string> commands = commands_in_help();
  CHECK(commands.size() >= 9);
  for (const std::string& command : commands) {
    CAPTURE(command);
    CHECK(run.out.find(fmt::format("    {}) _plan_words", command)) != std::string::npos);
  }
}

TEST_CASE("completion: the zsh script parses in zsh, and offers what bash does") {
  const std::string dir = scripted_folder("zsh", "_plan");
  const std::string zsh = shell("/bin/zsh", "zsh");
  const Run parsed = run_program({zsh, "-n", dir + "/_plan"});
  CHECK(parsed.err == "");
  CHECK(parsed.exit_code == 0);

  // The completion system's functions stand in as one that prints what it is
  // given, so that the script's own logic runs outside an interactive shell.
  const auto complete = [&](const std::string& words) {
    RunOptions in_dir;
    in_dir.cwd = dir;
    const Run run = run_program(
        {zsh, "-f", "-c",
         fmt::format("compdef() {{ }}\n"
                     "compset() {{ }}\n"
                     "compadd() {{ local a; for a in \"$@\"; do [[ $a == -* ]] || print -r -- "
                     "\"$a\"; done }}\n"
                     "_describe() {{ local -a list; list=(\"${{(@P)2}}\"); print -l -- "
                     "\"${{list[@]%%:*}}\" }}\n"
                     "source ./_plan\n"
                     "words=('{}' {} '')\n"
                     "CURRENT=$#words\n"
                     "_plan\n",
                     PLAN_EXE, words)},
        in_dir);
    CHECK(run.err == "");
    return run.out;
  };
  CHECK(complete("tasks plan.yaml --role").starts_with("ceo\nsales-specialist\n"));
  CHECK(complete("report --format json plan.yaml --person").find("José Núñez\n") !=
        std::string::npos);
  CHECK(complete("explain").starts_with("yaml-syntax\ninvalid-document\n"));
  CHECK(complete("completion") == "bash\nzsh\nfish\n");
  CHECK(complete("").find("init\ncompletion\n") != std::string::npos);
}

TEST_CASE("completion: fish loads the fish script and completes with it") {
  const std::string dir = scripted_folder("fish", "plan.fish");
  const std::string fish = shell("/usr/bin/fish", "fish");
  const Run parsed = run_program({fish, "-n", dir + "/plan.fish"});
  CHECK(parsed.err == "");
  CHECK(parsed.exit_code == 0);

  // `plan` as the script calls it: the built binary, first on the PATH.
  const std::string bin = temp_dir();
  std::filesystem::create_symlink(PLAN_EXE, bin + "/plan");
  RunOptions options;
  options.cwd = dir;
  const auto complete = [&](const std::string& line) {
    const Run run = run_program({fish, "--no-config", "-c",
                                 fmt::format("set -x PATH {} $PATH; source plan.fish; "
                                             "complete -C '{}' | cut -f1",
                                             bin, line)},
                                options);
    CHECK(run.err == "");
    return run.out;
  };
  CHECK(complete("plan pipe") == "pipeline\n");
  CHECK(complete("plan explain unknown-r") == "unknown-reference\n");
  CHECK(complete("plan report plan.yaml --role sm") == "sme\n");
  CHECK(complete("plan tasks plan.yaml --person Bo") == "Bo Chen\n");
}

TEST_CASE("completion: an unknown or missing shell exits 2 and names the three") {
  const Run unknown = run_plan({"completion", "ksh"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.out == "");
  CHECK(unknown.err ==
        "plan: error: unknown shell `ksh`: plan completes bash, zsh and fish; did you mean "
        "`zsh`?\n");
  const Run missing = run_plan({"completion"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err == "plan: error: name a shell: bash, zsh or fish\n");
}

TEST_CASE("completion: --roles-of and --people-of load the plan without checking it") {
  // A plan with errors still has names; a role without an id has none to offer.
  const std::string dir = temp_dir();
  write_text(dir + "/plan.yaml",
             "roles:\n"
             "  - {id: ceo, people: [Ann, Bo]}\n"
             "  - {id: sales, people: Bo}\n"
             "  - {name: no id, people: [Cy]}\n");
  const Run roles = run_plan({"completion", "--roles-of", dir + "/plan.yaml"});
  CHECK(roles.exit_code == 0);
  CHECK(roles.out == "ceo\nsales\n");
  const Run people = run_plan({"completion", "--people-of", dir + "/plan.yaml"});
  CHECK(people.out == "Ann\nBo\nCy\n");
  CHECK(run_plan({"completion", "--roles-of", dir + "/missing.yaml"}).exit_code == 2);
}

}  // namespace
}  // namespace plan::test

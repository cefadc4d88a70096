// plan.1: written at build time by the hidden `plan --man` from the same
// tables as `--help`; groff renders it without a warning, and it has every
// command, with its summary and every option `--help` lists.

#include <filesystem>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "cli/help_commands.hpp"
#include "support/test_support.hpp"

namespace plan::test {
namespace {

/// The man page as groff lays it out for a terminal, in plain ASCII.
Run render(const std::string& page) {
  REQUIRE_MESSAGE(std::filesystem::exists("/usr/bin/groff"),
                  "/usr/bin/groff is missing: apt-get install groff-base (scripts/install-deps)");
  const std::string path = temp_dir() + "/plan.1";
  write_text(path, page);
  return run_program({"/usr/bin/groff", "-man", "-ww", "-Tascii", "-P-cbou", path});
}

TEST_CASE("man page: `plan --man` is what the build wrote as plan.1") {
  const Run man = run_plan({"--man"});
  CHECK(man.exit_code == 0);
  CHECK(man.err == "");
  CHECK(man.out.starts_with(".\\\" plan.1, written by `plan --man`"));
  const std::string built = (std::filesystem::path(PLAN_EXE).parent_path() / "plan.1").string();
  CHECK(read_file(built) == man.out);
  // Hidden: --help does not list it.
  CHECK(run_plan({"--help"}).out.find("--man") == std::string::npos);
}

TEST_CASE("man page: groff renders it without a warning") {
  REQUIRE_MESSAGE(std::filesystem::exists("/usr/bin/groff"),
                  "/usr/bin/groff is missing: apt-get install groff-base (scripts/install-deps)");
  const std::string path = temp_dir() + "/plan.1";
  write_text(path, run_plan({"--man"}).out);
  const Run run = run_program({"/usr/bin/groff", "-man", "-ww", "-z", path});
  CHECK(run.err == "");
  CHECK(run.exit_code == 0);
  const Run text = render(read_file(path));
  CHECK(text.err == "");
  for (const char* section :
       {"NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "EXIT STATUS", "SEE ALSO"}) {
    CAPTURE(section);
    CHECK(text.out.find(std::string("\n") + section + "\n") != std::string::npos);
  }
}

TEST_CASE("man page: every command with its summary and each option --help lists") {
  const std::string page = render(run_plan({"--man"}).out).out;
  const std::vector<std::string> commands = commands_in_help();
  CHECK(commands.size() >= 9);
  for (const std::string& command : commands) {
    CAPTURE(command);
    CHECK(page.find(fmt::format("\n   {}\n       plan {} ", command, command)) !=
          std::string::npos);
    // Each option of `plan COMMAND --help`, by its first name.
    const std::string help = run_plan({command, "--help"}).out;
    for (auto at = help.find("\n  -"); at != std::string::npos; at = help.find("\n  -", at + 1)) {
      const std::string name = help.substr(at + 3, help.find_first_of(", ", at + 3) - at - 3);
      CAPTURE(name);
      CHECK(page.find("\n       " + name) != std::string::npos);
    }
  }
}

TEST_CASE("man page, completion, init: a failed write to standard output exits 2") {
  RunOptions full;
  full.out_path = "/dev/full";
  for (const std::vector<std::string>& args : {std::vector<std::string>{"--man"},
                                               {"completion", "bash"},
                                               {"completion", "zsh"},
                                               {"completion", "fish"},
                                               {"init", "-"}}) {
    CAPTURE(args.back());
    const Run run = run_plan(args, full);
    CHECK(run.exit_code == 2);
    CHECK(run.err == "plan: error: cannot write standard output: No space left on device\n");
  }
}

}  // namespace
}  // namespace plan::test

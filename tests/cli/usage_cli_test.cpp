// End-to-end tests of the command line itself: --version, --help, mistyped
// commands and options. Usage errors exit 2 with a message on standard error.

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "support/test_support.hpp"
#include "support/text.hpp"

namespace plan::test {
namespace {

const std::string kWhale = source_path("examples/whale-hunting.yaml");

TEST_CASE("cli: --version prints the version and exits 0") {
  const Run run = run_plan({"--version"});
  CHECK(run.exit_code == 0);
  CHECK(run.out == std::string("plan ") + PLAN_VERSION + "\n");
  CHECK(run.err == "");
}

TEST_CASE("cli: --help lists the commands and exits 0") {
  const Run run = run_plan({"--help"});
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("check") != std::string::npos);
  CHECK(run.out.find("Exit status") != std::string::npos);

  const Run check_help = run_plan({"check", "--help"});
  CHECK(check_help.exit_code == 0);
  for (const char* option : {"--format", "--strict", "-q", "--as-of", "--color", "-o"}) {
    CAPTURE(option);
    CHECK(check_help.out.find(option) != std::string::npos);
  }
}

TEST_CASE("cli: a mistyped command exits 2 and suggests the right one") {
  const Run run = run_plan({"chek", kWhale});
  CHECK(run.exit_code == 2);
  CHECK(run.out == "");
  CHECK(run.err.find("`chek`") != std::string::npos);
  CHECK(run.err.find("did you mean `check`") != std::string::npos);

  // Nothing close: no suggestion, still a usage error.
  const Run far = run_plan({"xyzzy"});
  CHECK(far.exit_code == 2);
  CHECK(far.err.find("did you mean") == std::string::npos);
}

TEST_CASE("cli: usage errors exit 2 with a message on standard error") {
  const std::vector<std::vector<std::string>> usages{
      {},                                          // no command
      {"check"},                                   // no file
      {"check", "--bogus", kWhale},                // unknown option
      {"check", "--format", "yaml", kWhale},       // unknown format
      {"check", "--as-of", "2027-02-30", kWhale},  // not on the calendar
      {"check", "--as-of", kWhale},                // --as-of takes the path as its value
  };
  for (const auto& args : usages) {
    CAPTURE(args.size());
    CAPTURE(args.empty() ? std::string() : args.back());
    const Run run = run_plan(args);
    CHECK(run.exit_code == 2);
    CHECK(run.out == "");
    CHECK(run.err.starts_with("plan: error: "));
  }
}

TEST_CASE("cli: each usage error in words, ending with the command's own --help") {
  struct Case {
    std::vector<std::string> args;
    const char* error;  // the first line, after "plan: error: "
    const char* hint;   // the last line
  };
  const Case cases[] = {
      {{"--bogus"}, "unknown option `--bogus`", "run `plan --help` for usage"},
      {{},
       "give a command: check, tasks, report, …",  // `…`: the rest of the command table
       "run `plan --help` for usage"},
      {{"check"},
       "give one or more plan files (or `-` for standard input)",
       "run `plan check --help` for its usage"},
      {{"report"},
       "give a plan file (or `-` for standard input)",
       "run `plan report --help` for its usage"},
      {{"check", "--colour", "always", kWhale},
       "unknown option `--colour`; did you mean `--color`?",
       "run `plan check --help` for its usage"},
      {{"tasks", kWhale, "--format", "jsn"},
       "--format: `jsn` is not a format of this command; use one of: text, markdown, csv, json, "
       "ics, ics-todo; did you mean `json`?",
       "run `plan tasks --help` for its usage"},
      {{"report", kWhale, "--color", "colour"},
       "--color: `colour` is not a colour setting; use one of: auto, always, never",
       "run `plan report --help` for its usage"},
      {{"tasks", kWhale, "--as-of", "today"},
       "--as-of: `today` is not a date on the calendar; give one such as 2027-03-15",
       "run `plan tasks --help` for its usage"},
      {{"check", kWhale, "--as-of", "2027-13-01"},
       "--as-of: `2027-13-01` is not a date on the calendar",
       "run `plan check --help` for its usage"},
      {{"tasks", kWhale, "--from", "2027-02-30"},
       "--from: `2027-02-30` is not a date on the calendar",
       "run `plan tasks --help` for its usage"},
      {{"check", "--as-of"}, "`--as-of` needs a value", "run `plan check --help` for its usage"},
      {{"pipeline", kWhale, "extra.yaml"},
       "unexpected argument `extra.yaml`",
       "run `plan pipeline --help` for its usage"},
  };
  for (const Case& k : cases) {
    CAPTURE(k.error);
    const Run run = run_plan(k.args);
    CHECK(run.exit_code == 2);
    CHECK(run.out == "");
    const auto lines = lines_of(run.err);
    REQUIRE(lines.size() == 2);
    const std::string error = std::string("plan: error: ") + k.error;
    if (error.ends_with("…")) {
      CHECK(lines[0].starts_with(error.substr(0, error.size() - std::string("…").size())));
    } else {
      CHECK(lines[0] == error);
    }
    CHECK(lines[1] == k.hint);
  }
}

TEST_CASE("cli: a real command is never answered with another, a misspelt one is") {
  // `timeline` and `pipeline`, `init` and `diff` are a few letters apart:
  // each is run as itself, never "did you mean" another.
  for (const char* word : {"timeline", "pipeline", "diff", "init", "completion", "tasks"}) {
    CAPTURE(word);
    const Run run = run_plan({word, "--help"});
    CHECK(run.exit_code == 0);
    CHECK(run.err.find("did you mean") == std::string::npos);
  }
  const Run typo = run_plan({"pipelin", kWhale});
  CHECK(typo.exit_code == 2);
  CHECK(typo.err.find("unknown command `pipelin`; did you mean `pipeline`?") != std::string::npos);
  const Run timelines = run_plan({"timelines", kWhale});
  CHECK(timelines.err.find("did you mean `timeline`?") != std::string::npos);
}

TEST_CASE("cli: explain suggests a rule name cut short") {
  const Run run = run_plan({"explain", "stalled"});
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("unknown rule `stalled`; did you mean `stalled-deal`?") != std::string::npos);
}

}  // namespace
}  // namespace plan::test

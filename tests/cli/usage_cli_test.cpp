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

}  // namespace
}  // namespace plan::test

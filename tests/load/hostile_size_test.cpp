// Hostile inputs at size: each ends in findings or a read error through the
// binary, in bounded time and memory (bench/hostile.py prints how long and
// how much). A hang here hangs the suite.

#include <string>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "load/load_support.hpp"
#include "support/text.hpp"

using namespace plan::test;

namespace {

/// How many times `what` occurs in `text`.
std::string count_of(const std::string& text, std::string_view what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
    ++n;
  return std::to_string(n);
}

}  // namespace

TEST_CASE("hostile: a plan that is one 30 MB string is invalid-document") {
  const Run run = run_plan({"check", "-"}, std::string(30 << 20, 'a'));
  CHECK(run.exit_code == 1);
  CHECK(
      run.out.starts_with("<stdin>:1:1: error: the top of a plan must be a mapping of keys "
                          "(name, strategy, ...), not a single value [invalid-document]\n"));
}

TEST_CASE("hostile: a 30 MB quoted scalar inside a valid plan is read whole") {
  const std::string plan =
      replace_once(kValidPlan, "name: Valid plan", "name: \"" + std::string(30 << 20, 'n') + "\"");
  const Run run = run_plan({"check", "-q", "-"}, plan);
  CHECK(run.exit_code == 0);
  CHECK(run.out.empty());
}

TEST_CASE("hostile: 100,000 keys in one mapping are 100,000 findings, in linear time") {
  std::string plan = kValidPlan;
  for (int i = 0; i < 100000; ++i)
    plan += fmt::format("k{}: {}\n", i, i);
  const Run run = run_plan({"check", "--format", "json", "-"}, plan);
  CHECK(run.exit_code == 1);
  CHECK(count_of(run.out, "\"rule\": \"unknown-key\"") == "100000");
  // The same keys under x- are notes: nothing to report.
  std::string notes = kValidPlan + "x-notes:\n";
  for (int i = 0; i < 100000; ++i)
    notes += fmt::format("  k{}: {}\n", i, i);
  CHECK(run_plan({"check", "-q", "-"}, notes).exit_code == 0);
}

TEST_CASE("hostile: invalid UTF-8 in a key or an id is one invalid-document at that byte") {
  const auto in_key = check_yaml(replace_once(kValidPlan, "name: Valid plan", "na\xC3me: x"));
  REQUIRE(in_key.result.findings.size() == 1);
  CHECK(in_key.result.findings[0].message == "the file is not valid UTF-8 text; save it as UTF-8");
  CHECK(in_key.at(in_key.result.findings[0]) == plan::Position{1, 3});
  const auto in_id = check_yaml(replace_once(kValidPlan, "id: dossiers", "id: dossi\xFFrs"));
  REQUIRE(in_id.result.findings.size() == 1);
  CHECK(in_id.result.findings[0].message == "the file is not valid UTF-8 text; save it as UTF-8");
}

TEST_CASE("hostile: NUL bytes through the binary are one finding, not a truncated file") {
  const Run run = run_plan({"check", "-"}, kValidPlan + std::string("x-note: a\0b\n", 12));
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("the file holds a NUL character; a plan is text [invalid-document]") !=
        std::string::npos);
}

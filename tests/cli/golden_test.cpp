// Golden tests: the exact output of `plan check`, text and JSON, for the two
// examples and every focused case in tests/golden/.
//
//   examples/<name>.yaml     -> tests/golden/<name>.txt, tests/golden/<name>.json
//   tests/golden/<case>.yaml -> tests/golden/<case>.txt, tests/golden/<case>.json
//
// Each case runs the built binary with `--as-of 2027-03-15 --color never`.
// Paths in the output are made relative to the source tree, as if run from it
// (`plan check examples/broken.yaml`).
//
// To regenerate the expected files after an intended change in messages or
// positions, run the tests with PLAN_UPDATE_GOLDEN=1 and review the diff:
//
//   PLAN_UPDATE_GOLDEN=1 ./build/tests/plan_tests -tc='golden*'
//   git diff tests/golden

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "cli/cli_helpers.hpp"
#include "support/test_support.hpp"

namespace plan::test {
namespace {

namespace fs = std::filesystem;

constexpr const char* kGoldenAsOf = "2027-03-15";

struct GoldenCase {
  std::string input;     // relative to the source tree
  std::string expected;  // relative to the source tree, without .txt / .json
};

/// The examples, then every tests/golden/*.yaml in name order.
std::vector<GoldenCase> golden_cases() {
  std::vector<GoldenCase> cases{
      {"examples/whale-hunting.yaml", "tests/golden/whale-hunting"},
      {"examples/broken.yaml", "tests/golden/broken"},
  };
  std::vector<std::string> focused;
  for (const auto& entry : fs::directory_iterator(source_path("tests/golden"))) {
    if (entry.path().extension() == ".yaml") focused.push_back(entry.path().stem().string());
  }
  std::sort(focused.begin(), focused.end());
  for (const std::string& stem : focused)
    cases.push_back({"tests/golden/" + stem + ".yaml", "tests/golden/" + stem});
  return cases;
}

bool updating_goldens() {
  const char* update = std::getenv("PLAN_UPDATE_GOLDEN");
  return update && *update && std::string_view(update) != "0";
}

/// Output with the absolute source-tree prefix removed from every path.
std::string relative_to_source(std::string text) {
  return replace_all(std::move(text), source_path(""), "");
}

/// Compares `actual` with the expected file, or rewrites it when updating.
void compare_golden(const std::string& expected_path, const std::string& actual) {
  const std::string path = source_path(expected_path);
  if (updating_goldens()) {
    write_text(path, actual);
    MESSAGE("updated " << expected_path);
    return;
  }
  REQUIRE_MESSAGE(fs::exists(path),
                  expected_path << " is missing; create it with PLAN_UPDATE_GOLDEN=1");
  const std::string expected = read_file(path);
  CHECK_MESSAGE(actual == expected, expected_path
                                        << " differs (rerun with PLAN_UPDATE_GOLDEN=1 if the "
                                           "change is intended)\n"
                                        << first_difference(expected, actual));
}

std::vector<std::string> golden_args(const GoldenCase& c, std::string_view format) {
  return {"check", source_path(c.input), "--as-of",          kGoldenAsOf, "--color",
          "never", "--format",           std::string(format)};
}

TEST_CASE("golden: plan check output, text and JSON, for the examples and tests/golden cases") {
  const auto cases = golden_cases();
  REQUIRE(cases.size() > 2);
  for (const GoldenCase& c : cases) {
    CAPTURE(c.input);
    // A run that complains on standard error (a crash, a usage error) is
    // never compared with a golden nor written as one.
    const Run text = run_plan(golden_args(c, "text"));
    CHECK(text.err == "");
    if (text.err.empty()) compare_golden(c.expected + ".txt", relative_to_source(text.out));

    const Run json = run_plan(golden_args(c, "json"));
    CHECK(json.err == "");
    if (!json.err.empty()) continue;
    compare_golden(c.expected + ".json", relative_to_source(json.out));

    // The exit status agrees with the report: 1 exactly when it has errors.
    const auto report = nlohmann::json::parse(json.out, nullptr, false);
    REQUIRE_FALSE(report.is_discarded());
    const int expected_exit = report.at("errors").get<int>() > 0 ? 1 : 0;
    CHECK(text.exit_code == expected_exit);
    CHECK(json.exit_code == expected_exit);
  }
}

TEST_CASE("golden: the examples are what the goldens say they are") {
  if (updating_goldens()) return;
  // The example a user copies passes clean; the broken one shows many rules.
  const auto clean =
      nlohmann::json::parse(read_file(source_path("tests/golden/whale-hunting.json")));
  CHECK(clean.at("errors") == 0);
  CHECK(clean.at("warnings") == 0);
  CHECK(clean.at("diagnostics").empty());

  const auto broken = nlohmann::json::parse(read_file(source_path("tests/golden/broken.json")));
  std::set<std::string> rules;
  for (const auto& d : broken.at("diagnostics"))
    rules.insert(d.at("rule").get<std::string>());
  CHECK(rules.size() >= 8);
  std::set<std::string> severities;
  for (const auto& d : broken.at("diagnostics"))
    severities.insert(d.at("severity").get<std::string>());
  CHECK(severities == std::set<std::string>{"error", "warning"});
}

TEST_CASE("golden: every expected file has an input") {
  std::set<std::string> stems;
  for (const GoldenCase& c : golden_cases())
    stems.insert(fs::path(c.expected).filename().string());
  for (const auto& entry : fs::directory_iterator(source_path("tests/golden"))) {
    const auto ext = entry.path().extension();
    if (ext != ".txt" && ext != ".json") continue;
    CAPTURE(entry.path().string());
    CHECK_MESSAGE(stems.count(entry.path().stem().string()) == 1,
                  "stale golden file: no example or tests/golden/*.yaml produces it");
  }
}

}  // namespace
}  // namespace plan::test

// Golden tests: the exact output of `plan check`, text and JSON, for every
// case in tests/golden/ok/ (exit status 0) and tests/golden/err/ (exit
// status 1). Adding a case is dropping a file in one of them:
//
//   tests/golden/<ok|err>/<case>.yaml -> <case>.txt and <case>.json beside it
//
// A case may be a symbolic link to an example (examples/<name>.yaml); the
// output then names the example, as `plan check examples/<name>.yaml` does.
// Any other case is named `tests/golden/<case>.yaml` in its output, whichever
// folder holds it, so that a case moves between ok/ and err/ unchanged.
//
// Each case runs the built binary with `--as-of 2027-03-15 --color never`.
// To write the expected files of a new case, or regenerate them after an
// intended change in messages or positions, run the tests with
// PLAN_UPDATE_GOLDEN=1 and review the diff:
//
//   PLAN_UPDATE_GOLDEN=1 ./build/tests/plan_tests -tc='golden*'
//   git diff tests/golden

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "support/test_support.hpp"
#include "support/text.hpp"

namespace plan::test {
namespace {

namespace fs = std::filesystem;

constexpr const char* kGoldenAsOf = "2027-03-15";

struct GoldenCase {
  std::string input;     // relative to the source tree
  std::string shown_as;  // the path the expected output names
  std::string expected;  // relative to the source tree, without .txt / .json
  int exit_code;         // 0 in ok/, 1 in err/
};

/// Every tests/golden/ok/*.yaml, then every tests/golden/err/*.yaml, in name order.
std::vector<GoldenCase> golden_cases() {
  std::vector<GoldenCase> cases;
  for (const auto& [folder, exit_code] : {std::pair{"ok", 0}, std::pair{"err", 1}}) {
    const std::string dir = std::string("tests/golden/") + folder;
    std::vector<fs::path> inputs;
    for (const auto& entry : fs::directory_iterator(source_path(dir))) {
      if (entry.path().extension() == ".yaml") inputs.push_back(entry.path());
    }
    std::sort(inputs.begin(), inputs.end());
    for (const fs::path& input : inputs) {
      const std::string stem = input.stem().string();
      std::string shown_as = "tests/golden/" + stem + ".yaml";
      if (fs::is_symlink(input)) {
        shown_as = fs::relative(fs::canonical(input), fs::canonical(source_path(""))).string();
      }
      cases.push_back({dir + "/" + stem + ".yaml", shown_as, dir + "/" + stem, exit_code});
    }
  }
  return cases;
}

std::vector<std::string> golden_args(const GoldenCase& c, std::string_view format) {
  return {"check", source_path(c.input), "--as-of",          kGoldenAsOf, "--color",
          "never", "--format",           std::string(format)};
}

TEST_CASE("golden: plan check output, text and JSON, for every tests/golden/ok and err case") {
  const auto cases = golden_cases();
  REQUIRE(cases.size() > 2);
  for (const GoldenCase& c : cases) {
    CAPTURE(c.input);
    // A run that complains on standard error (a crash, a usage error) is
    // never compared with a golden nor written as one.
    const Run text = run_plan(golden_args(c, "text"));
    CHECK(text.err == "");
    CHECK(text.exit_code == c.exit_code);
    if (!text.err.empty()) continue;
    compare_with_golden(c.expected + ".txt",
                        replace_all(text.out, source_path(c.input), c.shown_as));

    const Run json = run_plan(golden_args(c, "json"));
    CHECK(json.err == "");
    CHECK(json.exit_code == c.exit_code);
    if (!json.err.empty()) continue;
    compare_with_golden(c.expected + ".json",
                        replace_all(json.out, source_path(c.input), c.shown_as));

    // The exit status agrees with the report: 1 exactly when it has errors.
    const auto report = nlohmann::json::parse(json.out, nullptr, false);
    REQUIRE_FALSE(report.is_discarded());
    CHECK((report.at("errors").get<int>() > 0) == (c.exit_code == 1));
  }
}

TEST_CASE("golden: the examples are what the goldens say they are") {
  if (updating_goldens()) return;
  // The example a user copies passes clean; the broken one shows many rules.
  const auto clean =
      nlohmann::json::parse(read_file(source_path("tests/golden/ok/whale-hunting.json")));
  CHECK(clean.at("errors") == 0);
  CHECK(clean.at("warnings") == 0);
  CHECK(clean.at("diagnostics").empty());

  const auto broken = nlohmann::json::parse(read_file(source_path("tests/golden/err/broken.json")));
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
    stems.insert(c.expected);
  for (const char* folder : {"tests/golden/ok", "tests/golden/err"}) {
    for (const auto& entry : fs::directory_iterator(source_path(folder))) {
      const auto ext = entry.path().extension();
      CAPTURE(entry.path().string());
      CHECK_MESSAGE((ext == ".yaml" || ext == ".txt" || ext == ".json"),
                    "a golden folder holds only <case>.yaml, .txt and .json");
      if (ext != ".txt" && ext != ".json") continue;
      CHECK_MESSAGE(stems.count(std::string(folder) + "/" + entry.path().stem().string()) == 1,
                    "stale golden file: no .yaml beside it produces it");
    }
  }
}

}  // namespace
}  // namespace plan::test

// Every input of the YAML test suite (none of them a plan) through the built
// binary: each must end in findings and exit 1, never crash, hang, pass or
// count as a usage error. The inputs are in tests/data/yaml-test-suite/.

#include <algorithm>
#include <filesystem>

#include <doctest/doctest.h>

#include "load/load_support.hpp"

using namespace plan::test;

TEST_CASE("yaml-test-suite: every input ends in findings and exit status 1") {
  const std::filesystem::path dir = source_path("tests/data/yaml-test-suite");
  REQUIRE_MESSAGE(std::filesystem::is_directory(dir), dir.string() << " is missing");
  std::vector<std::filesystem::path> inputs;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".yaml") inputs.push_back(entry.path());
  }
  std::sort(inputs.begin(), inputs.end());
  CHECK(inputs.size() == 402);
  for (const auto& input : inputs) {
    const std::string path = input.string();
    CAPTURE(path);
    const Run run = run_plan({"check", "--color", "never", path});
    CHECK(run.exit_code == 1);
    CHECK(run.err == "");
    // At least one finding, rendered as `path:line:col: error: ... [rule]`.
    CHECK(run.out.find(path + ":") == 0);
    CHECK(run.out.find(": error: ") != std::string::npos);
  }
}

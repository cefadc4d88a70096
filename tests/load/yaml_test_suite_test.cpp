// Every input of the YAML test suite (none of them a plan) through the built
// binary: each must end in findings and exit 1, never crash, hang, pass or
// count as a usage error. CTest runs this case on its own (tests/CMakeLists.txt)
// and shows it as skipped where ../shared is absent.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <doctest/doctest.h>

#include "load/load_support.hpp"

using namespace plan::test;

TEST_CASE("yaml-test-suite: every input ends in findings and exit status 1") {
  const std::filesystem::path dir = PLAN_SHARED_DIR "/data/yaml-test-suite";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    std::printf("yaml-test-suite: skipped because ../shared is absent (no %s)\n",
                dir.string().c_str());
    std::fflush(stdout);
    std::exit(77);  // CTest's SKIP_RETURN_CODE for this test
  }
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

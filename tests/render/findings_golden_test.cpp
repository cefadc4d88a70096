// Golden tests of `plan check` in the CI formats: github, sarif, junit and
// gitlab, for the broken and the clean example, a plan whose messages need
// escaping, and a run with a file that cannot be read.
//
//   tests/golden/ci/<case>.github.txt, .sarif, .junit.xml, .gitlab.json
//
// Each case runs the built binary from the source tree with relative paths
// and `--as-of 2027-03-15`, as CI would (`plan check --format sarif
// examples/broken.yaml`). After an intended change, regenerate and review:
//
//   PLAN_UPDATE_GOLDEN=1 ./build/tests/plan_tests -tc='ci golden*'
//   git diff tests/golden/ci

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "render/findings_support.hpp"

namespace plan::test::ci {
namespace {

struct GoldenCase {
  std::string name;                // tests/golden/ci/<name>.*
  std::vector<std::string> files;  // relative to the source tree
  int exit_code;
};

const std::vector<GoldenCase>& golden_cases() {
  static const std::vector<GoldenCase> cases{
      {"broken", {"examples/broken.yaml"}, 1},
      {"whale-hunting", {"examples/whale-hunting.yaml"}, 0},
      {"escaping", {"tests/golden/ci/escaping.yaml"}, 1},
      // Two files, one of them missing: the other is still reported; exit 2.
      {"unreadable", {"examples/whale-hunting.yaml", "tests/golden/ci/no-such-plan.yaml"}, 2},
  };
  return cases;
}

struct Format {
  std::string name;
  std::string extension;
};

const std::vector<Format> kFormats{{"github", "github.txt"},
                                   {"sarif", "sarif"},
                                   {"junit", "junit.xml"},
                                   {"gitlab", "gitlab.json"}};

TEST_CASE("ci golden: every CI format for every case") {
  for (const GoldenCase& c : golden_cases()) {
    for (const Format& f : kFormats) {
      CAPTURE(c.name);
      CAPTURE(f.name);
      const Run run = check_in_source(f.name, c.files);
      CHECK(run.exit_code == c.exit_code);
      if (c.exit_code == 2) {
        CHECK(run.err ==
              "plan: error: cannot read `tests/golden/ci/no-such-plan.yaml`: No such "
              "file or directory\n");
      } else {
        CHECK(run.err == "");
      }
      compare_with_golden("tests/golden/ci/" + c.name + "." + f.extension, run.out);
    }
  }
}

TEST_CASE("ci golden: the clean example reports nothing and passes every suite") {
  if (updating_goldens()) return;
  CHECK(read_file(source_path("tests/golden/ci/whale-hunting.github.txt")) == "");
  CHECK(read_file(source_path("tests/golden/ci/whale-hunting.gitlab.json")) == "[]\n");
  const std::string junit = read_file(source_path("tests/golden/ci/whale-hunting.junit.xml"));
  CHECK(junit.find("<testsuite name=\"examples/whale-hunting.yaml\" tests=\"29\" failures=\"0\" "
                   "errors=\"0\" skipped=\"0\">") != std::string::npos);
  CHECK(junit.find("<failure") == std::string::npos);
  const std::string sarif = read_file(source_path("tests/golden/ci/whale-hunting.sarif"));
  CHECK(sarif.find("\"results\": []") != std::string::npos);
}

TEST_CASE("ci golden: the golden directory holds only these cases") {
  std::vector<std::string> expected{"escaping.yaml"};
  for (const GoldenCase& c : golden_cases()) {
    for (const Format& f : kFormats)
      expected.push_back(c.name + "." + f.extension);
  }
  for (const auto& entry : std::filesystem::directory_iterator(source_path("tests/golden/ci"))) {
    const std::string name = entry.path().filename().string();
    CAPTURE(name);
    CHECK_MESSAGE(std::find(expected.begin(), expected.end(), name) != expected.end(),
                  "stale file in tests/golden/ci: no case produces it");
  }
}

}  // namespace
}  // namespace plan::test::ci

// Text findings cannot be forged or recoloured by what a plan holds: control
// characters in messages and source lines print as spaces.

#include <doctest/doctest.h>

#include "plan/render/findings.hpp"
#include "support/test_support.hpp"

using namespace plan;
using namespace plan::test;

TEST_CASE("text: a key holding an escape sequence and a line break stays on its line") {
  const auto c = check_yaml(kValidPlan + "\"x\\e[31m\\nplan.yaml:1:1: error: forged\": 1\n");
  REQUIRE(c.of("unknown-key").size() == 1);
  const FileResult file{"plan.yaml", &c.source, &c.result, std::nullopt};
  const std::string out = render_text(file, TextOptions{});
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find("\nplan.yaml:1:1: error: forged") == std::string::npos);
  CHECK(out.find("unknown key `x [31m plan.yaml:1:1: error: forged`") != std::string::npos);
}

TEST_CASE("text: a tab before the value shows as an arrow and keeps the caret under it") {
  const auto c =
      check_yaml(replace_once(kValidPlan, "name: Valid plan\n", "name:\tValid plan\nbad: 1\n"));
  const FileResult file{"plan.yaml", &c.source, &c.result, std::nullopt};
  CHECK(render_text(file, TextOptions{}).find("    2 | bad: 1\n      | ^~~\n") !=
        std::string::npos);
  const auto tab = check_yaml(replace_once(kValidPlan, "as_of: 2027-03-15", "as_of:\t2027-02-30"));
  const FileResult tab_file{"plan.yaml", &tab.source, &tab.result, std::nullopt};
  CHECK(render_text(tab_file, TextOptions{})
            .find("    2 | as_of:→2027-02-30\n      |        ^~~~~~~~~~\n") != std::string::npos);
}

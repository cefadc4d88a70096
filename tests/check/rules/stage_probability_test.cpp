// stage-probability: a stage's probability is at least the highest valid
// probability of every earlier stage.

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

namespace {

/// The valid plan with the three stages' probabilities (lines 23, 28 and 33).
std::string probabilities(std::string_view qualify, std::string_view proof,
                          std::string_view close) {
  auto yaml = replace_once(
      kValidPlan, "probability: 0.9\nroles:", fmt::format("probability: {}\nroles:", close));
  yaml = replace_once(yaml, "probability: 0.3\n      max_days: 45",
                      fmt::format("probability: {}\n      max_days: 45", proof));
  return replace_once(yaml, "probability: 0.05\n      max_days: 30",
                      fmt::format("probability: {}\n      max_days: 30", qualify));
}

}  // namespace

TEST_CASE("stage-probability: a stage less likely to close than the one before") {
  const auto c = check_yaml(probabilities("0.05", "0.01", "0.9"));
  const auto& f = only(c, "stage-probability");
  CHECK(f.severity == plan::Severity::error);
  CHECK(c.at(f) == plan::Position{28, 20});
  CHECK(c.where(f).end == plan::Position{28, 24});
  CHECK(f.message ==
        "stage `proof` has probability 0.01, lower than 0.05 at the earlier stage `qualify`; a "
        "deal that moves on is no less likely to close");
  CHECK(all(c) == "stage-probability@28:20");
}

TEST_CASE("stage-probability: near miss, equal probabilities") {
  CHECK(all(check_yaml(probabilities("0.3", "0.3", "0.3"))) == "");
  CHECK(all(check_yaml(probabilities("0", "0", "1"))) == "");
}

TEST_CASE("stage-probability: compared with the highest of all earlier stages") {
  // 0.3 is above the stage just before it, but below the first one.
  const auto c = check_yaml(probabilities("0.5", "0.2", "0.3"));
  CHECK(all(c) == "stage-probability@28:20 stage-probability@33:20");
  CHECK(c.of("stage-probability")[1]->message ==
        "stage `close` has probability 0.3, lower than 0.5 at the earlier stage `qualify`; a deal "
        "that moves on is no less likely to close");
}

TEST_CASE("stage-probability: the first stage holding the highest probability is named") {
  const auto c = check_yaml(probabilities("0.5", "0.5", "0.4"));
  CHECK(all(c) == "stage-probability@33:20");
  CHECK(only(c, "stage-probability").message.find("at the earlier stage `qualify`") !=
        std::string::npos);
}

TEST_CASE("stage-probability: stages without a valid probability are skipped") {
  SUBCASE("an invalid probability is neither compared nor compared with") {
    const auto c = check_yaml(probabilities("0.05", "1.5", "0.04"));
    CHECK(all(c) == "invalid-value@28:20 stage-probability@33:20");
    CHECK(only(c, "stage-probability")
              .message.find("lower than 0.05 at the earlier stage "
                            "`qualify`") != std::string::npos);
  }
  SUBCASE("a stage without probability") {
    const auto c = check_yaml(
        replace_once(probabilities("0.5", "0.3", "0.4"), "      probability: 0.3\n", ""));
    CHECK(all(c) == "stage-probability@32:20");
  }
}

TEST_CASE("stage-probability: a stage without an id is named as this stage") {
  const auto c = check_yaml(
      replace_once(probabilities("0.5", "0.9", "0.3"), "    - id: close\n", "    - id: Close!\n"));
  CHECK(all(c) == "invalid-value@30:11 stage-probability@33:20");
  CHECK(only(c, "stage-probability").message ==
        "this stage has probability 0.3, lower than 0.9 at the earlier stage `proof`; a deal that "
        "moves on is no less likely to close");
}

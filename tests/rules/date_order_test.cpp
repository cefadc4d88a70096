// date-order: a start after its end or due date.

#include <doctest/doctest.h>

#include "support/test_support.hpp"

using namespace plan::test;

TEST_CASE("the valid plan has no findings") {
  const auto c = check_yaml(kValidPlan);
  CHECK(c.summary() == std::vector<std::string>{});
}

TEST_CASE("date-order: a tactic due before it starts") {
  const auto c = check_yaml(replace_once(kValidPlan, "due: 2027-01-29", "due: 2027-01-03"));
  const auto found = c.of("date-order");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->severity == plan::Severity::error);
  CHECK(c.at(*found[0]) == plan::Position{51, 12});
  CHECK(c.where(*found[0]).end == plan::Position{51, 22});
  CHECK(found[0]->message ==
        "tactic `workshop` is due on 2027-01-03 before it starts on 2027-01-04; swap the dates or "
        "fix one");
}

TEST_CASE("date-order: near miss, a tactic due the day it starts") {
  const auto c = check_yaml(replace_once(kValidPlan, "due: 2027-01-29", "due: 2027-01-04"));
  CHECK(c.of("date-order").empty());
}

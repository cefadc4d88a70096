// dependency-cycle: `after` links that loop; once per strongly connected
// group, at the `after` key of its first tactic in file order.

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

TEST_CASE("dependency-cycle: two tactics waiting for each other") {
  const auto c = check_yaml(replace_once(kValidPlan, "      due: 2027-03-31\n",
                                         "      due: 2027-03-31\n      after: contact\n"));
  const auto& f = only(c, "dependency-cycle");
  CHECK(f.severity == plan::Severity::error);
  CHECK(c.at(f) == plan::Position{60, 7});
  CHECK(c.where(f).end == plan::Position{60, 12});
  CHECK(f.message ==
        "2 tactics wait for each other in a loop: dossiers → contact → dossiers; remove one of "
        "these `after` links");
  // `contact` has no due date now; `dossiers` is not compared with a prerequisite on its cycle.
  CHECK(all(c) == "dependency-cycle@60:7");
}

TEST_CASE("dependency-cycle: near miss, a chain and a diamond") {
  CHECK(check_yaml(kValidPlan).of("dependency-cycle").empty());
  const auto c =
      check_yaml(tactics_plan(R"(    - {id: a, title: A, owner: r, after: [b, c], within: 1d}
    - {id: b, title: B, owner: r, after: d, within: 1d}
    - {id: c, title: C, owner: r, after: d, within: 1d}
    - {id: d, title: D, owner: r, due: 2027-03-01}
)"));
  CHECK(errors(c) == "");
}

TEST_CASE("dependency-cycle: a tactic naming itself") {
  const auto c = check_yaml(replace_once(kValidPlan, "      due: 2027-01-29\n",
                                         "      due: 2027-01-29\n      after: workshop\n"));
  const auto& f = only(c, "dependency-cycle");
  CHECK(c.at(f) == plan::Position{52, 7});
  CHECK(f.message ==
        "tactic `workshop` waits for itself (workshop → workshop); remove it from its own "
        "`after`");
  CHECK(all(c) == "dependency-cycle@52:7");
}

TEST_CASE("dependency-cycle: at the group's first tactic in file order") {
  SUBCASE("a tactic that waits for a cycle is not part of it") {
    const auto c =
        check_yaml(tactics_plan(R"(    - {id: x, title: X, owner: r, after: y, within: 1d}
    - {id: y, title: Y, owner: r, after: z, due: 2027-03-01}
    - {id: z, title: Z, owner: r, after: y, due: 2027-04-01}
)"));
    CHECK(errors(c) == "dependency-cycle@16:35");
    CHECK(only(c, "dependency-cycle").message ==
          "2 tactics wait for each other in a loop: y → z → y; remove one of these `after` links");
  }
  SUBCASE("a loop written against file order") {
    const auto c =
        check_yaml(tactics_plan(R"(    - {id: p, title: P, owner: r, after: r, due: 2027-03-01}
    - {id: q, title: Q, owner: r, after: p, due: 2027-03-01}
    - {id: r, title: R, owner: r, after: q, due: 2027-03-01}
)"));
    CHECK(errors(c) == "dependency-cycle@15:35");
    CHECK(only(c, "dependency-cycle").message ==
          "3 tactics wait for each other in a loop: p → r → q → p; remove one of these `after` "
          "links");
  }
}

TEST_CASE("dependency-cycle: once per group, showing one loop") {
  const auto c =
      check_yaml(tactics_plan(R"(    - {id: a, title: A, owner: r, after: b, due: 2027-03-01}
    - {id: b, title: B, owner: r, after: [c, a], due: 2027-03-01}
    - {id: c, title: C, owner: r, after: a, due: 2027-03-01}
    - {id: d, title: D, owner: r, after: [e, a], due: 2027-03-01}
    - {id: e, title: E, owner: r, after: d, due: 2027-03-01}
)"));
  CHECK(errors(c) == "dependency-cycle@15:35 dependency-cycle@18:35");
  const auto found = c.of("dependency-cycle");
  CHECK(found[0]->message ==
        "3 tactics wait for each other in loops, such as a → b → a; remove `after` links until no "
        "loop is left");
  CHECK(found[1]->message ==
        "2 tactics wait for each other in a loop: d → e → d; remove one of these `after` links");
}

TEST_CASE("dependency-cycle: a dropped tactic's links still count") {
  const auto c = check_yaml(tactics_plan(
      R"(    - {id: a, title: A, owner: r, after: b, due: 2027-03-01, status: dropped}
    - {id: b, title: B, owner: r, after: a, due: 2027-03-01}
)"));
  CHECK(errors(c) == "dependency-cycle@15:35");
}

TEST_CASE("dependency-cycle: a duplicate naming itself is no cycle") {
  const auto c = check_yaml(tactics_plan(R"(    - {id: a, title: A, owner: r, due: 2027-03-01}
    - {id: a, title: A, owner: r, after: a, due: 2027-03-01}
)"));
  CHECK(errors(c) == "duplicate-id@16:12");
}

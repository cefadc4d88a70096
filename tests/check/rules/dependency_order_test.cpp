// dependency-order: an explicit due date before a prerequisite's due date
// (explicit or derived, not done_on); one finding per tactic.

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

TEST_CASE("dependency-order: a tactic due before its prerequisite") {
  const auto c = check_yaml(replace_once(kValidPlan, "within: 5d", "due: 2027-03-20"));
  const auto& f = only(c, "dependency-order");
  CHECK(f.severity == plan::Severity::error);
  CHECK(c.at(f) == plan::Position{67, 12});
  CHECK(c.where(f).end == plan::Position{67, 22});
  CHECK(f.message ==
        "tactic `contact` is due on 2027-03-20, before its prerequisite `dossiers` is due on "
        "2027-03-31; move the due date to 2027-03-31 or later");
  CHECK(all(c) == "dependency-order@67:12");
}

TEST_CASE("dependency-order: near miss, due the day its prerequisite is due") {
  CHECK(all(check_yaml(replace_once(kValidPlan, "within: 5d", "due: 2027-03-31"))) == "");
}

TEST_CASE("dependency-order: a prerequisite's due date counts, not its done_on") {
  auto yaml = replace_once(kValidPlan, "within: 5d", "due: 2027-03-20");
  yaml = replace_once(yaml, "      supports: clients\n",
                      "      supports: clients\n      status: done\n      done_on: 2027-03-10\n");
  const auto c = check_yaml(yaml);
  CHECK(all(c) == "dependency-order@69:12");
}

TEST_CASE("dependency-order: a prerequisite's derived due date counts") {
  const auto c = check_yaml(tactics_plan(R"(    - {id: a, title: A, owner: r, due: 2027-03-01}
    - {id: b, title: B, owner: r, after: a, within: 10d}
    - {id: c, title: C, owner: r, after: b, due: 2027-03-05}
)"));
  CHECK(errors(c) == "dependency-order@17:50");
  CHECK(only(c, "dependency-order").message ==
        "tactic `c` is due on 2027-03-05, before its prerequisite `b` is due on 2027-03-11; move "
        "the due date to 2027-03-11 or later");
}

TEST_CASE("dependency-order: one finding per tactic, naming the latest prerequisite") {
  const auto c = check_yaml(tactics_plan(R"(    - {id: a, title: A, owner: r, due: 2027-04-01}
    - {id: b, title: B, owner: r, due: 2027-05-01}
    - {id: c, title: C, owner: r, after: [a, b], due: 2027-03-01}
    - {id: d, title: D, owner: r, after: [b, a], due: 2027-03-01}
)"));
  CHECK(errors(c) == "dependency-order@17:55 dependency-order@18:55");
  for (const auto* f : c.of("dependency-order")) {
    CHECK(f->message.find("its prerequisite `b` is due on 2027-05-01") != std::string::npos);
  }
}

TEST_CASE("dependency-order: prerequisites on the same cycle are skipped") {
  const auto c =
      check_yaml(tactics_plan(R"(    - {id: a, title: A, owner: r, after: b, due: 2027-03-01}
    - {id: b, title: B, owner: r, after: a, due: 2027-04-01}
    - {id: c, title: C, owner: r, after: a, due: 2027-02-01}
)"));
  // `c` is not on the cycle, so `a`'s explicit due date still counts for it.
  CHECK(errors(c) == "dependency-cycle@15:35 dependency-order@17:50");
}

TEST_CASE("dependency-order: a derived or unknown due date is not compared") {
  const auto c = check_yaml(tactics_plan(R"(    - {id: a, title: A, owner: r, due: 2027-03-01}
    - {id: b, title: B, owner: r, after: [a, missing], within: 1d}
    - {id: c, title: C, owner: r, after: b, due: 2027-01-05}
    - {id: d, title: D, owner: r, after: a, within: 1d, due: 2027-01-05}
)"));
  // `b` waits for a tactic that does not exist, so its due date is unknown;
  // `d` gives both `due` and `within`, so `within` is ignored and `due` is compared.
  CHECK(errors(c) == "unknown-reference@16:46 invalid-value@18:53 dependency-order@18:62");
}

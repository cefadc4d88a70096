// unknown-reference: an owner, assignee, supports, stage or after that names
// nothing; it is then treated as absent.

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

namespace {

const std::string kRoles = R"(roles:
  - id: ceo
    name: CEO
    people: [Dana Whale]
  - id: salesperson
    name: Salesperson
    people: [Ana Ruiz, Bo Chen]
)";

const std::string kGoals = R"(  goals:
    - id: revenue
      name: Annual revenue of $12M
      target: 12000000
      actual: 4100000
      due: 2030-12-31
    - id: clients
      name: Ten whale clients
      target: 10
      due: 2030-12-31
)";

}  // namespace

TEST_CASE("unknown-reference: an owner that names no role, the role it meant is idle") {
  auto yaml = replace_once(kValidPlan, "owner: ceo", "owner: cfo");
  // The assignee is not checked against an owner that does not resolve.
  yaml = replace_once(yaml, "assignee: Dana Whale", "assignee: Nobody");
  const auto c = check_yaml(yaml);
  const auto& f = only(c, "unknown-reference");
  CHECK(f.severity == plan::Severity::error);
  CHECK(c.at(f) == plan::Position{48, 14});
  CHECK(c.where(f).end == plan::Position{48, 17});
  CHECK(f.message == "no role has the id `cfo`; did you mean `ceo`?");
  CHECK(all(c) == "idle-role@35:9 unknown-reference@48:14");
}

TEST_CASE("unknown-reference: near miss, every reference of the valid plan resolves") {
  const auto c = check_yaml(kValidPlan);
  CHECK(c.of("unknown-reference").empty());
}

TEST_CASE("unknown-reference: an assignee who is not one of the owner's people") {
  const auto c = check_yaml(replace_once(kValidPlan, "assignee: Dana Whale", "assignee: Ana Ruiz"));
  const auto& f = only(c, "unknown-reference");
  CHECK(c.at(f) == plan::Position{49, 17});
  CHECK(f.message == "`Ana Ruiz` is not one of the people of role `ceo` (Dana Whale)");
  CHECK(all(c) == "unknown-reference@49:17");
}

TEST_CASE("unknown-reference: a misspelt assignee gets a suggestion") {
  const auto c = check_yaml(replace_once(kValidPlan, "assignee: Ana Ruiz", "assignee: Ana Ruis"));
  const auto& f = only(c, "unknown-reference");
  CHECK(c.at(f) == plan::Position{65, 17});
  CHECK(f.message ==
        "`Ana Ruis` is not one of the people of role `salesperson` (Ana Ruiz, Bo Chen); did you "
        "mean `Ana Ruiz`?");
}

TEST_CASE("unknown-reference: an assignee of a role that lists no people is not checked") {
  // The role's `people` is the list the assignee resolves against: absent,
  // it draws no finding (as a reference into an absent list does not), so a
  // misspelt `people` is one unknown-key, not one error per tactic.
  const auto gone = check_yaml(replace_once(kValidPlan, "    people: [Dana Whale]\n", ""));
  CHECK(gone.of("unknown-reference").empty());
  const auto misspelt =
      check_yaml(replace_once(kValidPlan, "    people: [Dana Whale]", "    persons: [Dana Whale]"));
  CHECK(all(misspelt) == "unknown-key@37:5");
  CHECK(only(misspelt, "unknown-key").message ==
        "unknown key `persons` in a role; did you mean `people`?");
}

TEST_CASE("unknown-reference: a tactic's assignee is not checked without an owner") {
  const auto c = check_yaml(replace_once(kValidPlan, "      owner: ceo\n      assignee: Dana Whale",
                                         "      assignee: Nobody"));
  CHECK(all(c) == "idle-role@35:9 missing-field@46:7");
  CHECK(c.of("unknown-reference").empty());
}

TEST_CASE("unknown-reference: a deal's assignee without an owner must belong to some role") {
  const std::string owned = "    owner: salesperson\n    assignee: Bo Chen\n";
  SUBCASE("one of another role's people") {
    const auto c = check_yaml(replace_once(kValidPlan, owned, "    assignee: Dana Whale\n"));
    CHECK(all(c) == "");
  }
  SUBCASE("nobody's") {
    const auto c = check_yaml(replace_once(kValidPlan, owned, "    assignee: Zed\n"));
    const auto& f = only(c, "unknown-reference");
    CHECK(c.at(f) == plan::Position{76, 15});
    CHECK(f.message == "`Zed` is not one of the people of any role; add them to a role's `people`");
    CHECK(all(c) == "unknown-reference@76:15");
  }
  SUBCASE("a duplicate role's people do not count") {
    auto yaml = replace_once(kValidPlan, owned, "    assignee: Zed\n");
    yaml = replace_once(yaml, "tactical_plan:\n",
                        "  - {id: ceo, name: Again, people: [Zed]}\ntactical_plan:\n");
    const auto c = check_yaml(yaml);
    CHECK(all(c) == "duplicate-id@41:10 unknown-reference@77:15");
  }
}

TEST_CASE("unknown-reference: a deal's owner and assignee") {
  const std::string owned = "    owner: salesperson\n    assignee: Bo Chen\n";
  SUBCASE("an unknown owner; its assignee is not checked") {
    const auto c = check_yaml(
        replace_once(kValidPlan, owned, "    owner: salespeson\n    assignee: Nobody\n"));
    CHECK(all(c) == "unknown-reference@76:12");
    CHECK(only(c, "unknown-reference").message ==
          "no role has the id `salespeson`; did you mean `salesperson`?");
  }
  SUBCASE("an assignee of another role") {
    const auto c = check_yaml(
        replace_once(kValidPlan, owned, "    owner: salesperson\n    assignee: Dana Whale\n"));
    CHECK(all(c) == "unknown-reference@77:15");
  }
}

TEST_CASE("unknown-reference: supports that names no goal, the tactic is then unaligned") {
  const auto c = check_yaml(replace_once(kValidPlan, "supports: [revenue]", "supports: [revenu]"));
  const auto& f = only(c, "unknown-reference");
  CHECK(c.at(f) == plan::Position{52, 18});
  CHECK(f.message == "no goal has the id `revenu`; did you mean `revenue`?");
  CHECK(all(c) == "unaligned-tactic@46:11 unknown-reference@52:18");
}

TEST_CASE("unknown-reference: one finding per unknown id in a list") {
  const auto c = check_yaml(
      replace_once(kValidPlan, "supports: [revenue]", "supports: [nothing, revenue, nowhere]"));
  // Still supports `revenue`, so not unaligned.
  CHECK(all(c) == "unknown-reference@52:18 unknown-reference@52:36");
}

TEST_CASE("unknown-reference: a stage that names no stage") {
  const auto c = check_yaml(replace_once(kValidPlan, "stage: qualify", "stage: qualfy"));
  const auto& f = only(c, "unknown-reference");
  CHECK(c.at(f) == plan::Position{69, 14});
  CHECK(f.message == "no stage has the id `qualfy`; did you mean `qualify`?");
  CHECK(all(c) == "unknown-reference@69:14");
}

TEST_CASE("unknown-reference: after that names no tactic, the derived due date is unknown") {
  const auto c =
      check_yaml(replace_once(kValidPlan, "after: dossiers", "after: dossier"), "2027-04-10");
  const auto& f = only(c, "unknown-reference");
  CHECK(c.at(f) == plan::Position{66, 14});
  CHECK(f.message == "no tactic has the id `dossier`; did you mean `dossiers`?");
  // `contact` would be overdue with a known due date; only `dossiers` is.
  CHECK(all(c) == "overdue@59:12 unknown-reference@66:14");
}

TEST_CASE("unknown-reference: a deal's stage, the deal is then not stalled") {
  const auto c =
      check_yaml(replace_once(kValidPlan, "    stage: proof\n", "    stage: prof\n"), "2028-01-01");
  CHECK(positions(c, "unknown-reference") == "unknown-reference@75:12");
  CHECK(c.of("stalled-deal").empty());
}

TEST_CASE("unknown-reference: a far-off name gets no suggestion") {
  const auto c = check_yaml(replace_once(kValidPlan, "stage: qualify", "stage: zzzzzzzzzz"));
  CHECK(only(c, "unknown-reference").message ==
        "no stage has the id `zzzzzzzzzz`; the stages are: qualify, proof, close");
}

TEST_CASE("unknown-reference: a dropped tactic's references are still checked") {
  auto yaml = replace_once(kValidPlan, "owner: ceo", "owner: cfo");
  yaml = replace_once(yaml, "status: done\n      done_on: 2027-01-28\n", "status: dropped\n");
  const auto c = check_yaml(yaml);
  CHECK(all(c) == "idle-role@35:9 unknown-reference@48:14");
}

TEST_CASE("unknown-reference: references into a list that is not a list are not reported") {
  SUBCASE("roles is a single value") {
    auto yaml = replace_once(kValidPlan, kRoles, "roles: ceo\n");
    yaml = replace_once(yaml, "    owner: salesperson\n    assignee: Bo Chen\n",
                        "    assignee: Zed\n");
    const auto c = check_yaml(yaml);
    CHECK(all(c) == "invalid-value@34:8");
  }
  SUBCASE("no roles at all") {
    const auto c = check_yaml(replace_once(kValidPlan, kRoles, ""));
    CHECK(all(c) == "missing-field@1:1");
  }
  SUBCASE("goals is empty (absent): no unknown goal and no unaligned tactic") {
    const auto c = check_yaml(replace_once(kValidPlan, kGoals, "  goals:\n"));
    CHECK(all(c) == "missing-field@4:3");
  }
  SUBCASE("goals is an empty list: no unknown goal and no unaligned tactic") {
    const auto c = check_yaml(replace_once(kValidPlan, kGoals, "  goals: []\n"));
    CHECK(all(c) == "missing-field@7:3");
  }
  SUBCASE("goals is a single value: no unknown goal and no unaligned tactic") {
    const auto c = check_yaml(replace_once(kValidPlan, kGoals, "  goals: revenue\n"));
    CHECK(all(c) == "invalid-value@7:10");
  }
  SUBCASE("stages is a mapping: no unknown stage and no stalled deal") {
    // The list is kept under an `x-` key, which is ignored.
    const auto yaml =
        replace_once(kValidPlan, "  stages:\n", "  stages: {qualify: 1}\n  x-stages:\n");
    const auto c = check_yaml(yaml, "2028-01-01");
    CHECK(c.of("unknown-reference").empty());
    CHECK(c.of("stalled-deal").empty());
    CHECK(positions(c, "invalid-value") == "invalid-value@19:3");
  }
}

TEST_CASE("unknown-reference: one unknown name used in several places is one finding") {
  // A role id copied over another (`ceo` twice) loses `salesperson`: the
  // three references to it are one mistake, one finding at the first use
  // with a note at each other use. The duplicate is its own finding.
  const auto c = check_yaml(replace_once(kValidPlan, "  - id: salesperson\n", "  - id: ceo\n"));
  CHECK(all(c) == "duplicate-id@38:9 unknown-reference@58:14");
  const auto& f = only(c, "unknown-reference");
  CHECK(f.message == "no role has the id `salesperson`; the roles are: ceo");
  REQUIRE(f.notes.size() == 2);
  CHECK(c.source.position(f.notes[0].span.begin) == plan::Position{64, 14});
  CHECK(c.source.position(f.notes[1].span.begin) == plan::Position{76, 12});
  CHECK(f.notes[0].message == "`salesperson` is also used here");
}

// duplicate-id: an id repeated in one list; the later item takes part in no
// reference, date or warning rule.

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

TEST_CASE("duplicate-id: a tactic id used twice") {
  const auto c =
      check_yaml(replace_once(kValidPlan, "    - id: contact\n", "    - id: dossiers\n"));
  const auto& f = only(c, "duplicate-id");
  CHECK(f.severity == plan::Severity::error);
  CHECK(c.at(f) == plan::Position{62, 11});
  CHECK(c.where(f).end == plan::Position{62, 19});
  CHECK(f.message == "duplicate tactic id `dossiers`; each tactic needs its own id");
  REQUIRE(f.notes.size() == 1);
  CHECK(c.source.position(f.notes[0].span.begin) == plan::Position{56, 11});
  CHECK(f.notes[0].message == "first used here");
  // The duplicate is left out of every other rule: nothing else is reported.
  CHECK(all(c) == "duplicate-id@62:11");
}

TEST_CASE("duplicate-id: near miss, the same id in two different lists") {
  auto yaml = replace_once(kValidPlan, "  - id: ceo\n", "  - id: revenue\n");
  yaml = replace_once(yaml, "owner: ceo", "owner: revenue");
  const auto c = check_yaml(yaml);
  CHECK(all(c) == "");
}

TEST_CASE("duplicate-id: ids are compared exactly as written") {
  auto yaml = replace_once(kValidPlan, "    - id: clients\n", "    - id: Revenue\n");
  yaml = replace_once(yaml, "supports: clients", "supports: Revenue");
  yaml = replace_once(yaml, "[revenue, clients]", "[revenue, Revenue]");
  const auto c = check_yaml(yaml);
  CHECK(all(c) == "");
}

TEST_CASE("duplicate-id: every repeat after the first is one finding, in every list") {
  const std::string extra_goals =
      "    - {id: clients, name: Again}\n"
      "    - {id: clients, name: And again}\n"
      "process:\n";
  auto yaml = replace_once(kValidPlan, "process:\n", extra_goals);
  yaml = replace_once(yaml, "roles:\n", "    - {id: close, name: Close again}\nroles:\n");
  yaml = replace_once(yaml, "tactical_plan:\n", "  - {id: ceo, name: CEO again}\ntactical_plan:\n");
  yaml += "  - {id: globex, name: Globex again, value: 1, stage: qualify}\n";
  const auto c = check_yaml(yaml);
  CHECK(positions(c, "duplicate-id") ==
        "duplicate-id@17:12 duplicate-id@18:12 duplicate-id@36:12 duplicate-id@44:10 "
        "duplicate-id@83:10");
  CHECK(c.summary().size() == 5);
  const auto found = c.of("duplicate-id");
  CHECK(found[0]->message == "duplicate goal id `clients`; each goal needs its own id");
  CHECK(found[2]->message == "duplicate stage id `close`; each stage needs its own id");
  CHECK(found[3]->message == "duplicate role id `ceo`; each role needs its own id");
  CHECK(found[4]->message == "duplicate deal id `globex`; each deal needs its own id");
}

TEST_CASE("duplicate-id: a duplicate tactic takes part in no reference, date or warning rule") {
  // Every line of this tactic would draw a finding if it were the item.
  const std::string duplicate = R"(    - id: workshop
      title: Again
      owner: nobody
      assignee: Nobody
      start: 2026-06-01
      due: 2026-05-01
      after: [workshop, missing]
      within: 1d
      supports: [nothing]
      stage: nowhere
deals:
)";
  const auto c = check_yaml(replace_once(kValidPlan, "deals:\n", duplicate), "2027-04-10");
  // `within` with `due` is still the duplicate's own schema (invalid-value).
  CHECK(all(c) == "overdue@59:12 overdue@67:15 duplicate-id@71:11 invalid-value@78:15");
}

TEST_CASE("duplicate-id: a duplicate goal, stage, role or deal draws no other finding") {
  auto yaml = replace_once(kValidPlan, "process:\n",
                           "    - {id: revenue, name: Again, due: 2040-01-01}\nprocess:\n");
  // A lower probability and no exit.
  yaml =
      replace_once(yaml, "roles:\n", "    - {id: proof, name: Again, probability: 0.01}\nroles:\n");
  // Owns nothing.
  yaml = replace_once(yaml, "tactical_plan:\n",
                      "  - {id: salesperson, name: Again}\ntactical_plan:\n");
  // Long stalled, in an unknown stage, with an unknown owner.
  yaml += "  - {id: globex, name: G, value: 1, stage: proof, owner: x, since: 2020-01-01}\n";
  const auto c = check_yaml(yaml);
  CHECK(all(c) == "duplicate-id@17:12 duplicate-id@35:12 duplicate-id@43:10 duplicate-id@82:10");
}

TEST_CASE("duplicate-id: items without a valid id are not duplicates of each other") {
  auto yaml = replace_once(kValidPlan, "    people: [Dana Whale]\n",
                           "    people: [Dana Whale]\n"
                           "  - {id: 'bad id', name: A, ignore: idle-role}\n"
                           "  - {id: 'bad id', name: B, ignore: idle-role}\n");
  const auto c = check_yaml(yaml);
  CHECK(all(c) == "invalid-value@38:10 invalid-value@39:10");
}

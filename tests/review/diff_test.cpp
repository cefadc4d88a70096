// plan diff's figures: every kind of change on small hand-written pairs of
// plans (kValidPlan and one edit), due dates as they fall, and findings
// matched by rule and subject, never by line or wording.

#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "plan/review/diff.hpp"
#include "support/test_support.hpp"

namespace plan::test {
namespace {

/// Both sides checked as of 2027-03-15 (or as given), then compared.
struct Pair {
  Checked before;
  Checked after;
  PlanDiff diff;
};

Pair diff_of(const std::string& old_yaml, const std::string& new_yaml,
             std::string old_as_of = "2027-03-15", std::string new_as_of = "2027-03-15") {
  Pair p{check_yaml(old_yaml, old_as_of), check_yaml(new_yaml, new_as_of), {}};
  REQUIRE(!p.before.result.structural_errors);
  REQUIRE(!p.after.result.structural_errors);
  p.diff = diff_plans({&p.before.source, &p.before.result}, {&p.after.source, &p.after.result});
  return p;
}

/// "kind id key before→after (days)" for each change, the findings as "kind rule subject".
std::string changes(const PlanDiff& d) {
  std::vector<std::string> out;
  for (const Change& c : d.changes) {
    if (c.section == DiffSection::findings) {
      out.push_back(fmt::format("{} {} {}", to_string(c.kind), c.rule, c.subject));
      continue;
    }
    std::string line = fmt::format("{} {}", to_string(c.kind), c.id.empty() ? "-" : c.id);
    if (!c.key.empty()) line += fmt::format(" {} {}→{}", c.key, c.before, c.after);
    if (c.days) line += fmt::format(" ({})", *c.days);
    if (c.stages) line += fmt::format(" [{:+}]", *c.stages);
    out.push_back(line);
  }
  return fmt::format("{}", fmt::join(out, "; "));
}

std::string edit(std::string_view from, std::string_view to) {
  return replace_once(kValidPlan, from, to);
}

TEST_CASE("diff: the same plan has no changes") {
  const Pair p = diff_of(kValidPlan, kValidPlan);
  CHECK(changes(p.diff) == "");
  CHECK(p.diff.before.tactics.total == 3);
}

TEST_CASE("diff: added and removed items, by id") {
  const std::string added = kValidPlan.substr(0, kValidPlan.find("deals:")) +
                            "    - id: follow-up\n"
                            "      title: Follow up\n"
                            "      owner: ceo\n"
                            "      due: 2027-06-30\n"
                            "      supports: revenue\n"
                            "      measure: {metric: calls, target: 1}\n" +
                            kValidPlan.substr(kValidPlan.find("deals:"));
  CHECK(changes(diff_of(kValidPlan, added).diff) == "added follow-up");
  CHECK(changes(diff_of(added, kValidPlan).diff) == "removed follow-up");
  // Renaming an id is a removal and an addition: items are matched by id.
  const Pair renamed = diff_of(kValidPlan, edit("  - id: globex", "  - id: globex-corp"));
  CHECK(changes(renamed.diff) == "removed globex; added globex-corp");
  CHECK(renamed.diff.changes[0].section == DiffSection::deals);
}

TEST_CASE("diff: a due date that moves slips or is pulled in, by so many days") {
  CHECK(changes(diff_of(kValidPlan, edit("due: 2027-01-29", "due: 2027-02-05")).diff) ==
        "slipped workshop due 2027-01-29→2027-02-05 (7)");
  CHECK(changes(diff_of(kValidPlan, edit("due: 2027-01-29", "due: 2027-01-26")).diff) ==
        "pulled-in workshop due 2027-01-29→2027-01-26 (3)");
  // A goal's due date likewise.
  const std::string goal = replace_once(kValidPlan, "      target: 10\n      due: 2030-12-31",
                                        "      target: 10\n      due: 2030-06-30");
  CHECK(changes(diff_of(kValidPlan, goal).diff) ==
        "pulled-in clients due 2030-12-31→2030-06-30 (184)");
}

TEST_CASE("diff: a slip through a derived due date") {
  // contact is due 5 days after dossiers (2027-03-31 + 5d = 2027-04-05):
  // moving dossiers by 30 days moves contact by 30 days too.
  CHECK(changes(diff_of(kValidPlan, edit("due: 2027-03-31", "due: 2027-04-30")).diff) ==
        "slipped dossiers due 2027-03-31→2027-04-30 (30); "
        "slipped contact due 2027-04-05→2027-05-05 (30)");
  // A `within` that moves the due date is a slip, said once (not also `changed`).
  CHECK(changes(diff_of(kValidPlan, edit("within: 5d", "within: 2w")).diff) ==
        "slipped contact due 2027-04-05→2027-04-14 (9)");
  // The same date written instead of derived is no change of date.
  const std::string written = edit("      after: dossiers\n      within: 5d\n",
                                   "      after: dossiers\n      due: 2027-04-05\n");
  CHECK(changes(diff_of(kValidPlan, written).diff) == "changed contact within 5d→");
}

TEST_CASE("diff: windows that move") {
  const Pair p = diff_of(kValidPlan, edit("  end: 2027-12-31", "  end: 2027-11-30"));
  CHECK(changes(p.diff) == "window-moved - tactical_plan.end 2027-12-31→2027-11-30 (31)");
  CHECK(p.diff.changes[0].section == DiffSection::tactics);
  const Pair s = diff_of(kValidPlan, edit("  end: 2030-12-31", "  end: 2031-06-30"));
  CHECK(changes(s.diff) == "window-moved - strategy.end 2030-12-31→2031-06-30 (181)");
}

TEST_CASE("diff: reassigned, targets, progress, status, renamed, changed") {
  CHECK(changes(diff_of(kValidPlan, edit("      assignee: Ana Ruiz", "      assignee: Bo Chen"))
                    .diff) == "reassigned contact assignee Ana Ruiz→Bo Chen");
  CHECK(changes(diff_of(kValidPlan, edit("    owner: salesperson\n    assignee: Bo Chen",
                                         "    owner: ceo\n    assignee: Dana Whale"))
                    .diff) ==
        "reassigned globex owner salesperson→ceo; reassigned globex assignee Bo Chen→Dana Whale");
  CHECK(changes(diff_of(kValidPlan, edit("target: 12000000", "target: 10000000")).diff) ==
        "target-lowered revenue target 12000000→10000000");
  CHECK(changes(diff_of(kValidPlan,
                        edit("dossiers completed, target: 3", "dossiers completed, target: 5"))
                    .diff) == "target-raised dossiers measure.target 3→5");
  CHECK(changes(diff_of(kValidPlan, edit("actual: 4100000", "actual: 5000000")).diff) ==
        "progressed revenue actual 4100000→5000000");
  CHECK(changes(diff_of(kValidPlan, edit("target: 1, actual: 1}", "target: 1, actual: 0}")).diff) ==
        "regressed workshop measure.actual 1→0");
  CHECK(changes(diff_of(kValidPlan, edit("      measure: {metric: dossiers completed, target: 3}",
                                         "      measure: {metric: dossiers completed, target: 3}\n"
                                         "      status: blocked"))
                    .diff) == "status dossiers status todo→blocked");
  CHECK(changes(diff_of(kValidPlan, edit("title: Compile dossiers on selected whales",
                                         "title: Compile dossiers"))
                    .diff) ==
        "renamed dossiers title Compile dossiers on selected whales→Compile dossiers");
  CHECK(changes(diff_of(kValidPlan,
                        edit("      supports: clients\n", "      supports: [clients, revenue]\n"))
                    .diff) == "changed dossiers supports clients→clients, revenue");
  CHECK(changes(diff_of(kValidPlan,
                        edit("people: [Ana Ruiz, Bo Chen]", "people: [Ana Ruiz, Bo Chen, Cy Dee]"))
                    .diff) ==
        "changed salesperson people Ana Ruiz, Bo Chen→Ana Ruiz, Bo Chen, Cy Dee");
}

TEST_CASE("diff: deals move forward or back through the stages, and values change") {
  // Stages in order: qualify, proof, close.
  CHECK(changes(diff_of(kValidPlan, edit("    stage: proof", "    stage: close")).diff) ==
        "stage-moved globex stage proof→close [+1]");
  CHECK(changes(diff_of(kValidPlan, edit("    stage: proof", "    stage: qualify")).diff) ==
        "stage-moved globex stage proof→qualify [-1]");
  CHECK(changes(diff_of(kValidPlan, edit("value: 750000", "value: 800000")).diff) ==
        "value-changed globex value 750000→800000");
  CHECK(changes(diff_of(kValidPlan, edit("probability: 0.3", "probability: 0.4")).diff) ==
        "value-changed proof probability 0.3→0.4");
  CHECK(changes(diff_of(kValidPlan, edit("max_days: 45", "max_days: 60")).diff) ==
        "value-changed proof max_days 45→60");
}

TEST_CASE("diff: sales keys are compared too") {
  const std::string quota =
      edit("    people: [Ana Ruiz, Bo Chen]",
           "    people: [Ana Ruiz, Bo Chen]\n    quota: 1000000\n    capacity: 30h");
  CHECK(changes(diff_of(kValidPlan, quota).diff) ==
        "changed salesperson quota →1000000; changed salesperson capacity →30h");
  const std::string won =
      edit("    since: 2027-03-01",
           "    since: 2027-03-01\n    outcome: won\n    closed_on: 2027-03-10");
  CHECK(changes(diff_of(kValidPlan, won).diff) ==
        "changed globex outcome →won; changed globex closed_on →2027-03-10");
}

TEST_CASE("diff: the summary before and after") {
  // Moving the deal from proof (0.3) to close (0.9): forecast 225,000 -> 675,000.
  const Pair p = diff_of(kValidPlan, edit("    stage: proof", "    stage: close"));
  CHECK(p.diff.before.pipeline == 750000 * 100);
  CHECK(p.diff.before.forecast == 225000 * 100);
  CHECK(p.diff.after.forecast == 675000 * 100);
  // Marking dossiers done (due 2027-03-31, after the as-of date) changes the standings.
  const Pair done =
      diff_of(kValidPlan, edit("      measure: {metric: dossiers completed, target: 3}",
                               "      measure: {metric: dossiers completed, target: 3}\n"
                               "      status: done\n      done_on: 2027-03-10"));
  CHECK(done.diff.before.tactics.done == 1);
  CHECK(done.diff.after.tactics.done == 2);
}

TEST_CASE("diff: findings new and fixed, matched by rule and by what they are about") {
  // Removing the measure draws unmeasurable-tactic about dossiers.
  const std::string unmeasured =
      edit("      measure: {metric: dossiers completed, target: 3}\n", "");
  // A target that goes is lowered (to nothing), one that comes is raised.
  CHECK(changes(diff_of(kValidPlan, unmeasured).diff) ==
        "target-lowered dossiers measure.target 3→; "
        "changed dossiers measure.metric dossiers completed→; "
        "new-warning unmeasurable-tactic tactics/dossiers");
  CHECK(changes(diff_of(unmeasured, kValidPlan).diff) ==
        "target-raised dossiers measure.target →3; "
        "changed dossiers measure.metric →dossiers completed; "
        "fixed unmeasurable-tactic tactics/dossiers");
  // An error outside any item is about its path of keys.
  const std::string short_plan = edit("  end: 2027-12-31", "  end: 2027-04-30");
  const Pair horizon = diff_of(kValidPlan, short_plan);
  CHECK(changes(horizon.diff) ==
        "window-moved - tactical_plan.end 2027-12-31→2027-04-30 (245); "
        "new-error tactical-horizon tactical_plan/end");
  const Change& f = horizon.diff.changes.back();
  REQUIRE(f.at);
  CHECK(f.at->line == 44);
  CHECK(f.at->column == 8);
  CHECK(f.message.find("spans") != std::string::npos);
}

TEST_CASE("diff: a finding that only moved lines, or is worded differently, is neither") {
  const std::string unmeasured =
      edit("      measure: {metric: dossiers completed, target: 3}\n", "");
  // Ten comment lines at the top move every finding down ten lines.
  const Pair moved =
      diff_of(unmeasured, "# a\n# b\n# c\n# d\n# e\n# f\n# g\n# h\n# i\n# j\n" + unmeasured);
  CHECK(changes(moved.diff) == "");
  // `overdue` says how many days late a tactic is: a later as-of date rewords it.
  const std::string late = edit("due: 2027-03-31", "due: 2027-03-10");
  // Dossiers is 5 days late as of 2027-03-15, 4 days as of 2027-03-14; contact
  // (due 2027-03-15) is overdue as of neither.
  const Pair reworded = diff_of(late, late, "2027-03-15", "2027-03-14");
  REQUIRE(reworded.before.result.findings.size() == 1);
  CHECK(reworded.before.result.findings[0].message != reworded.after.result.findings[0].message);
  CHECK(changes(reworded.diff) == "");
}

TEST_CASE("diff: --fail-on kinds, and --slip-days bounds the slips that fail") {
  Change slip;
  slip.kind = ChangeKind::slipped;
  slip.days = 7;
  const std::vector<ChangeKind> kinds = {ChangeKind::slipped};
  CHECK(fails(slip, kinds, 0));
  CHECK(fails(slip, kinds, 6));
  CHECK_FALSE(fails(slip, kinds, 7));  // only slips of more than N days
  CHECK_FALSE(fails(slip, {ChangeKind::removed}, 0));
  Change removed;
  removed.kind = ChangeKind::removed;
  CHECK(fails(removed, {ChangeKind::removed}, 100));  // --slip-days bounds slips only
}

}  // namespace
}  // namespace plan::test

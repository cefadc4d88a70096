// The accountability terms (docs/report.md) on a hand-computed plan, as of 2027-03-15.

#include <doctest/doctest.h>

#include "plan/figures/accountability.hpp"
#include "support/test_support.hpp"

using namespace plan;
using namespace plan::test;

namespace {

// Tactical window 2027-01-01..2027-12-31; as of 2027-03-15.
const std::string kPlan = R"(name: Accountability
as_of: 2027-03-15
strategy:
  name: S
  end: 2030-12-31
  goals: [{id: g, name: G}]
process:
  name: P
  stages: [{id: a, name: A}, {id: b, name: B}]
roles: [{id: r, name: R, people: [Ana]}]
tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - {id: done-early, title: t, owner: r, due: 2027-02-01, status: done, done_on: 2027-01-30}
    - {id: done-late, title: t, owner: r, due: 2027-02-01, status: done, done_on: 2027-02-05}
    - {id: done-undated, title: t, owner: r, due: 2027-03-01, status: done}
    - {id: late, title: t, owner: r, due: 2027-03-01}
    - {id: late-blocked, title: t, owner: r, due: 2027-03-10, status: blocked}
    - {id: blocked, title: t, owner: r, due: 2027-06-01, status: blocked}
    - {id: waiting, title: t, owner: r, start: 2027-03-01, due: 2027-06-01, after: late}
    - {id: not-yet, title: t, owner: r, start: 2027-04-01, due: 2027-06-01, after: late}
    - {id: behind, title: t, owner: r, start: 2027-03-01, due: 2027-03-29, measure: {metric: m, target: 10, actual: 4}}
    - {id: on-pace, title: t, owner: r, start: 2027-03-01, due: 2027-03-29, measure: {metric: m, target: 10, actual: 5}}
    - {id: soon, title: t, owner: r, due: 2027-03-22}
    - {id: today, title: t, owner: r, due: 2027-03-15}
    - {id: gone, title: t, owner: r, due: 2027-02-01, status: dropped}
    - {id: derived, title: t, owner: r, after: done-late, within: 1w}
)";

struct Fixture {
  Checked c = check_yaml(kPlan);
  const Plan& plan() const { return c.result.plan; }
  Assessment of(std::string_view id) const {
    for (const Tactic& t : plan().tactical_plan.tactics.items) {
      if (*t.id == id) return assess(plan(), t, *plan().today);
    }
    FAIL("no tactic " << id);
    return {};
  }
};

}  // namespace

TEST_CASE("accountability: each tactic stands in exactly one category") {
  const Fixture f;
  REQUIRE(f.c.result.errors == 0);
  CHECK(f.of("done-early").standing == Standing::done);
  CHECK(f.of("done-early").done_on_time);
  CHECK(f.of("done-late").standing == Standing::done);
  CHECK_FALSE(f.of("done-late").done_on_time);
  CHECK_FALSE(f.of("done-undated").done_on_time);
  CHECK(f.of("late").standing == Standing::overdue);
  // Precedence: an overdue, blocked tactic counts as overdue.
  CHECK(f.of("late-blocked").standing == Standing::overdue);
  CHECK(f.of("late-blocked").blocked);
  CHECK_FALSE(f.of("late-blocked").ready());
  CHECK(f.of("late").ready());
  CHECK(f.of("blocked").standing == Standing::blocked);
  // A prerequisite not done blocks once the tactic's start has come, not before.
  CHECK(f.of("waiting").standing == Standing::blocked);
  CHECK(f.of("not-yet").standing == Standing::on_track);
  CHECK(f.of("not-yet").prerequisite_open);
  CHECK_FALSE(f.of("not-yet").due_soon);
  // 14 of 28 days passed: pace is 5 of 10.
  CHECK(f.of("behind").elapsed == doctest::Approx(0.5));
  CHECK(f.of("behind").standing == Standing::behind_pace);
  CHECK(f.of("on-pace").standing == Standing::on_track);
  CHECK(f.of("soon").due_soon);
  CHECK(f.of("soon").ready());
  CHECK(f.of("today").due_soon);
  CHECK(f.of("today").due_by_today);
  CHECK(f.of("today").standing == Standing::on_track);
  CHECK(f.of("gone").dropped);
  CHECK(f.of("derived").standing == Standing::overdue);  // due 2027-02-05 + 1w
}

TEST_CASE("accountability: a derived due date counts from the prerequisite's done_on") {
  const Fixture f;
  // done-late was done on 2027-02-05; within 1w -> due 2027-02-12, before the as-of date.
  for (const Tactic& t : f.plan().tactical_plan.tactics.items) {
    if (*t.id == "derived") {
      REQUIRE(t.due_date);
      CHECK(format_date(*t.due_date) == "2027-02-12");
    }
  }
}

TEST_CASE("accountability: tally, completion and on-time rate") {
  const Fixture f;
  Tally tally;
  for (const Tactic& t : f.plan().tactical_plan.tactics.items) {
    tally.add(assess(f.plan(), t, *f.plan().today));
  }
  CHECK(tally.total == 13);  // 14 tactics, one dropped
  CHECK(tally.done == 3);
  CHECK(tally.overdue == 3);  // late, late-blocked, derived
  CHECK(tally.blocked == 2);
  CHECK(tally.behind_pace == 1);
  CHECK(tally.on_track == 4);  // not-yet, on-pace, soon, today
  // Due by 2027-03-15: done-early, done-late, done-undated, late, late-blocked, today, derived.
  CHECK(tally.due_by_today == 7);
  REQUIRE(tally.completion());
  CHECK(*tally.completion() == doctest::Approx(3.0 / 7));
  REQUIRE(tally.on_time_rate());
  CHECK(*tally.on_time_rate() == doctest::Approx(1.0 / 7));
}

TEST_CASE("accountability: nothing due yet means no completion figure") {
  Tally tally;
  Assessment a;
  a.standing = Standing::on_track;
  tally.add(a);
  CHECK_FALSE(tally.completion());
  CHECK_FALSE(tally.on_time_rate());
}

TEST_CASE("accountability: a tactic's start, and blocked only once it has come") {
  // As of 2027-03-15. `late` is due 03-01, not done; `done-late` was done on 02-05.
  const std::string plan =
      replace_once(kPlan, "    - {id: derived,",
                   R"(    - {id: after-late, title: t, owner: r, due: 2027-06-01, after: late}
    - {id: after-done, title: t, owner: r, due: 2027-06-01, after: [done-late, done-early]}
    - {id: after-soon, title: t, owner: r, due: 2027-06-01, after: soon}
    - {id: after-both, title: t, owner: r, due: 2027-06-01, after: [late, soon]}
    - {id: after-nothing, title: t, owner: r, due: 2027-06-01, after: no-such-tactic}
    - {id: derived,)");
  const Checked c = check_yaml(plan);
  const Plan& p = c.result.plan;
  const auto start_of = [&](std::string_view id) -> std::string {
    for (const Tactic& t : p.tactical_plan.tactics.items) {
      if (*t.id == id) {
        const auto s = t.start_date;
        return s ? format_date(*s) : "unknown";
      }
    }
    return "no tactic";
  };
  const auto blocked = [&](std::string_view id) {
    for (const Tactic& t : p.tactical_plan.tactics.items) {
      if (*t.id == id) return assess(p, t, *p.today).blocked;
    }
    return false;
  };
  // Written: its own start, whatever `after` says.
  CHECK(start_of("waiting") == "2027-03-01");
  CHECK(start_of("not-yet") == "2027-04-01");
  // No `after`: the tactical plan's start.
  CHECK(start_of("late") == "2027-01-01");
  // `after`: the latest finish (done_on, else due) of the prerequisites.
  CHECK(start_of("after-late") == "2027-03-01");  // late's due
  CHECK(start_of("after-done") == "2027-02-05");  // done_on 02-05 beats done_on 01-30
  CHECK(start_of("after-soon") == "2027-03-22");  // soon's due
  CHECK(start_of("after-both") == "2027-03-22");  // max(03-01, 03-22)
  CHECK(start_of("after-nothing") == "unknown");  // a prerequisite that does not resolve
  // blocked: a prerequisite not done once the start has come.
  CHECK(blocked("after-late"));           // started 03-01 <= 03-15, late not done
  CHECK_FALSE(blocked("after-done"));     // its prerequisites are done
  CHECK_FALSE(blocked("after-soon"));     // starts 03-22: waiting, not blocked
  CHECK_FALSE(blocked("after-both"));     // starts 03-22 too, though late is overdue
  CHECK_FALSE(blocked("after-nothing"));  // unknown start
  // The derived start also drives elapsed (behind pace): after-late ran 14 of 92 days.
  for (const Tactic& t : p.tactical_plan.tactics.items) {
    if (*t.id != "after-late") continue;
    const auto a = assess(p, t, *p.today);
    REQUIRE(a.elapsed);
    CHECK(*a.elapsed == doctest::Approx(14.0 / 92.0));
  }
}

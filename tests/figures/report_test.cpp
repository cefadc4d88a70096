// The accountability report's figures (plan/figures/report.hpp) on a hand-computed
// plan as of 2027-03-15 where every accountability category appears.

#include <doctest/doctest.h>

#include "plan/figures/report.hpp"
#include "support/test_support.hpp"

using namespace plan;
using namespace plan::test;

namespace {

// Tactical window 2027-01-01..2027-12-31 (364 days from start to end); as of
// 2027-03-15, 73 days in. Each tactic's category as of that date:
//   seller/Ana:   done-early (done, on time), done-late (done, late), late (overdue),
//                 gone (dropped)
//   seller/Bo:    late-blocked (overdue wins over blocked), blocked (blocked),
//                 waiting (blocked: prerequisite `late` not done, started 03-01)
//   seller/-:     behind (behind pace: 4 of 10 at half time), gone-too (dropped)
//   manager/Cy:   on-pace (on track: 5 of 10 at half time), soon (on track),
//                 early-done (done, due after the as-of date), today (on track, due today)
//   idle/Di:      nothing
const std::string kPlan = R"(name: Report
as_of: 2027-03-15
strategy:
  name: Grow
  end: 2030-12-31
  goals:
    - {id: rev, name: Revenue, metric: USD, target: 100, actual: 25, due: 2030-12-31}
    - {id: idle-goal, name: Nobody works on this}
    - {id: zero, name: Zero target, target: 0, actual: 5}
process:
  name: P
  stages: [{id: a, name: A}, {id: b, name: B}]
roles:
  - {id: seller, name: Seller, people: [Ana, Bo]}
  - {id: manager, name: Manager, people: Cy}
  - {id: idle, name: Idle, people: [Di]}
tactical_plan:
  name: T
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - {id: done-early, title: t1, owner: seller, assignee: Ana, due: 2027-02-01, status: done, done_on: 2027-01-30, supports: rev}
    - {id: done-late, title: t2, owner: seller, assignee: Ana, due: 2027-02-01, status: done, done_on: 2027-02-05}
    - {id: late, title: t3, owner: seller, assignee: Ana, due: 2027-03-01, supports: [rev, rev]}
    - {id: late-blocked, title: t4, owner: seller, assignee: Bo, due: 2027-03-10, status: blocked}
    - {id: blocked, title: t5, owner: seller, assignee: Bo, due: 2027-06-01, status: blocked}
    - {id: waiting, title: t6, owner: seller, assignee: Bo, start: 2027-03-01, due: 2027-06-01, after: late}
    - {id: behind, title: t7, owner: seller, start: 2027-03-01, due: 2027-03-29, measure: {metric: m, target: 10, actual: 4}}
    - {id: on-pace, title: t8, owner: manager, assignee: Cy, start: 2027-03-01, due: 2027-03-29, measure: {metric: m, target: 10, actual: 5}, supports: zero}
    - {id: soon, title: t9, owner: manager, assignee: Cy, due: 2027-03-22}
    - {id: gone, title: t10, owner: seller, assignee: Ana, due: 2027-02-01, status: dropped, supports: rev}
    - {id: gone-too, title: t11, owner: seller, due: 2027-04-01, status: dropped, supports: idle-goal}
    - {id: early-done, title: t12, owner: manager, assignee: Cy, due: 2027-05-01, status: done, done_on: 2027-03-10}
    - {id: today, title: t13, owner: manager, assignee: Cy, due: 2027-03-15}
)";

struct Fixture {
  Checked c = check_yaml(kPlan);
  Report card(const Scope& scope = {}) const {
    return build_report(c.result.plan, *c.result.plan.today, scope);
  }
};

const RoleReport& role(const Report& s, std::string_view id) {
  for (const RoleReport& r : s.roles) {
    if (r.id == id) return r;
  }
  FAIL("no role " << id);
  return s.roles.front();
}

const PersonReport& person(const RoleReport& r, std::string_view name) {
  for (const PersonReport& p : r.people) {
    if (p.name == name) return p;
  }
  FAIL("no person " << name);
  return r.people.front();
}

std::vector<std::string> ids(const Report& s, const std::vector<int>& tactics) {
  std::vector<std::string> out;
  for (const int i : tactics)
    out.push_back(s.tactics[static_cast<std::size_t>(i)].id);
  return out;
}

std::vector<std::string> goal_ids(const Report& s, const std::vector<int>& goals) {
  std::vector<std::string> out;
  for (const int i : goals)
    out.push_back(s.goals[static_cast<std::size_t>(i)].id);
  return out;
}

struct Counts {
  int total, done, on_track, behind_pace, overdue, blocked, due, done_due, on_time;
  friend bool operator==(const Counts&, const Counts&) = default;
};

Counts counts(const Tally& t) {
  return {t.total,   t.done,         t.on_track,      t.behind_pace,     t.overdue,
          t.blocked, t.due_by_today, t.done_by_today, t.on_time_by_today};
}

}  // namespace

namespace doctest {
template <>
struct StringMaker<Counts> {
  static String convert(const Counts& c) {
    return ("{total " + std::to_string(c.total) + ", done " + std::to_string(c.done) +
            ", on track " + std::to_string(c.on_track) + ", behind " +
            std::to_string(c.behind_pace) + ", overdue " + std::to_string(c.overdue) +
            ", blocked " + std::to_string(c.blocked) + ", due " + std::to_string(c.due) +
            ", done due " + std::to_string(c.done_due) + ", on time " + std::to_string(c.on_time) +
            "}")
        .c_str();
  }
};
}  // namespace doctest

TEST_CASE("report figures: the plan is what the test says it is") {
  const Fixture f;
  CHECK(f.c.result.structural_errors == false);
  CHECK(f.c.result.errors == 0);
}

TEST_CASE("report figures: every category counted once, completion and on-time rate exact") {
  const Fixture f;
  const Report s = f.card();

  // Whole plan: 13 tactics, 2 dropped; due by the as-of date: done-early,
  // done-late, late, late-blocked, today; done of those: 2; on time: 1.
  CHECK(s.dropped == 2);
  CHECK(s.tactics.size() == 11);
  CHECK(counts(s.total) == Counts{11, 3, 3, 1, 2, 2, 5, 2, 1});
  CHECK(s.total.completion() == doctest::Approx(2.0 / 5));
  CHECK(s.total.on_time_rate() == doctest::Approx(1.0 / 5));

  const RoleReport& seller = role(s, "seller");
  CHECK(seller.name == "Seller");
  CHECK(seller.figures.dropped == 2);
  CHECK(counts(seller.figures.tally) == Counts{7, 2, 0, 1, 2, 2, 4, 2, 1});
  CHECK(*seller.figures.tally.completion() == 0.5);
  CHECK(*seller.figures.tally.on_time_rate() == 0.25);

  const PersonReport& ana = person(seller, "Ana");
  CHECK(ana.figures.dropped == 1);
  CHECK(counts(ana.figures.tally) == Counts{3, 2, 0, 0, 1, 0, 3, 2, 1});
  CHECK(*ana.figures.tally.completion() == doctest::Approx(2.0 / 3));
  CHECK(*ana.figures.tally.on_time_rate() == doctest::Approx(1.0 / 3));

  const PersonReport& bo = person(seller, "Bo");
  CHECK(counts(bo.figures.tally) == Counts{3, 0, 0, 0, 1, 2, 1, 0, 0});
  CHECK(*bo.figures.tally.completion() == 0);
  CHECK(*bo.figures.tally.on_time_rate() == 0);

  const RoleReport& manager = role(s, "manager");
  CHECK(counts(manager.figures.tally) == Counts{4, 1, 3, 0, 0, 0, 1, 0, 0});
  CHECK(*manager.figures.tally.completion() == 0);
}

TEST_CASE("report figures: precedence, an overdue and blocked tactic counts as overdue only") {
  const Fixture f;
  const Report s = f.card();
  const PersonReport& bo = person(role(s, "seller"), "Bo");
  CHECK(ids(s, bo.figures.tactics) ==
        std::vector<std::string>{"late-blocked", "blocked", "waiting"});
  CHECK(s.tactics[static_cast<std::size_t>(bo.figures.tactics[0])].assessment.standing ==
        Standing::overdue);
  CHECK(bo.figures.tally.overdue == 1);
  CHECK(bo.figures.tally.blocked == 2);
  CHECK(bo.figures.tally.total == 3);
}

TEST_CASE("report figures: tactics without an assignee count for the role, under unassigned") {
  const Fixture f;
  const Report s = f.card();
  const RoleReport& seller = role(s, "seller");
  REQUIRE(seller.people.size() == 3);
  CHECK(seller.people[0].name == "Ana");
  CHECK(seller.people[1].name == "Bo");
  CHECK(seller.people[2].unassigned);
  const Accountability& unassigned = seller.people[2].figures;
  CHECK(ids(s, unassigned.tactics) == std::vector<std::string>{"behind"});
  CHECK(counts(unassigned.tally) == Counts{1, 0, 0, 1, 0, 0, 0, 0, 0});
  CHECK_FALSE(unassigned.tally.completion());  // nothing due yet: n/a
  CHECK_FALSE(unassigned.tally.on_time_rate());
  CHECK(unassigned.dropped == 1);  // gone-too

  // The parts add up to the role.
  int total = 0;
  for (const PersonReport& p : seller.people)
    total += p.figures.tally.total;
  CHECK(total == seller.figures.tally.total);

  // A role whose tactics all name an assignee has no unassigned section.
  const RoleReport& manager = role(s, "manager");
  REQUIRE(manager.people.size() == 1);
  CHECK_FALSE(manager.people[0].unassigned);
}

TEST_CASE("report figures: dropped tactics are left out of every count and list") {
  const Fixture f;
  const Report s = f.card();
  for (const TacticFigures& t : s.tactics) {
    CHECK(t.id != "gone");
    CHECK(t.id != "gone-too");
  }
  const PersonReport& ana = person(role(s, "seller"), "Ana");
  CHECK(ids(s, ana.figures.tactics) == std::vector<std::string>{"done-early", "done-late", "late"});
  // `gone` supports `rev`, `gone-too` is the only one to support `idle-goal`.
  CHECK(s.goals[0].tactics.size() == 2);
  CHECK(s.goals[1].unsupported());
}

TEST_CASE("report figures: strategy goals with progress, supporting tactics and done counts") {
  const Fixture f;
  const Report s = f.card();
  REQUIRE(s.goals.size() == 3);
  const GoalFigures& rev = s.goals[0];
  CHECK(rev.id == "rev");
  CHECK(rev.metric == "USD");
  CHECK(*rev.progress == 0.25);
  CHECK(format_date(*rev.due) == "2030-12-31");
  CHECK(ids(s, rev.tactics) == std::vector<std::string>{"done-early", "late"});
  CHECK(rev.done == 1);
  CHECK_FALSE(rev.unsupported());

  const GoalFigures& idle = s.goals[1];
  CHECK(idle.unsupported());
  CHECK_FALSE(idle.progress);  // no target: n/a

  const GoalFigures& zero = s.goals[2];
  CHECK_FALSE(zero.progress);  // a zero target: n/a, not a division by zero
  CHECK(ids(s, zero.tactics) == std::vector<std::string>{"on-pace"});
  CHECK(zero.done == 0);
}

TEST_CASE("report figures: what counts, the goals served and what is due in the next 30 days") {
  const Fixture f;
  const Report s = f.card();
  const PersonReport& ana = person(role(s, "seller"), "Ana");
  CHECK(goal_ids(s, ana.figures.goals) == std::vector<std::string>{"rev"});
  CHECK(ana.figures.due_ahead.empty());  // `late` is overdue, not ahead

  const PersonReport& cy = person(role(s, "manager"), "Cy");
  // By due date: today (due on the as-of date), soon, on-pace (early-done is done).
  CHECK(ids(s, cy.figures.tactics) ==
        std::vector<std::string>{"today", "soon", "on-pace", "early-done"});
  CHECK(ids(s, cy.figures.due_ahead) == std::vector<std::string>{"today", "soon", "on-pace"});
  CHECK(goal_ids(s, cy.figures.goals) == std::vector<std::string>{"zero"});

  const RoleReport& seller = role(s, "seller");
  CHECK(ids(s, seller.figures.due_ahead) == std::vector<std::string>{"behind"});
}

TEST_CASE("report figures: the 30-day horizon is inclusive") {
  const std::string plan = replace_once(kPlan, "due: 2027-03-22}", "due: 2027-04-14}");
  Checked c = check_yaml(plan);
  Report s = build_report(c.result.plan, *c.result.plan.today);
  CHECK(ids(s, person(role(s, "manager"), "Cy").figures.due_ahead) ==
        std::vector<std::string>{"today", "on-pace", "soon"});

  c = check_yaml(replace_once(kPlan, "due: 2027-03-22}", "due: 2027-04-15}"));
  s = build_report(c.result.plan, *c.result.plan.today);
  CHECK(ids(s, person(role(s, "manager"), "Cy").figures.due_ahead) ==
        std::vector<std::string>{"today", "on-pace"});
}

TEST_CASE("report figures: windows with the share elapsed") {
  const Fixture f;
  const Report s = f.card();
  REQUIRE(s.tactical);
  CHECK(s.tactical->days == 364);
  CHECK(s.tactical->elapsed_days == 73);
  CHECK(s.tactical->elapsed == doctest::Approx(73.0 / 364));
  REQUIRE(s.strategy);  // starts with the tactical plan by default
  CHECK(format_date(s.strategy->window.start) == "2027-01-01");
  CHECK(s.strategy->days == 1460);
  CHECK(s.strategy->elapsed_days == 73);

  const Window w{*parse_date("2027-01-01"), *parse_date("2027-12-31")};
  CHECK(window_progress(w, *parse_date("2026-06-01")).elapsed == 0);
  CHECK(window_progress(w, *parse_date("2028-06-01")).elapsed == 1);
  CHECK(window_progress(w, *parse_date("2028-06-01")).elapsed_days == 364);
  const Window day{w.start, w.start};
  CHECK(window_progress(day, w.start).elapsed == 1);
  CHECK(window_progress(day, w.start - 1).elapsed == 0);
}

TEST_CASE("report figures: people with nothing to do are listed") {
  const Fixture f;
  const Report s = f.card();
  const RoleReport& idle = role(s, "idle");
  REQUIRE(idle.people.size() == 1);
  CHECK(idle.people[0].name == "Di");
  CHECK(idle.people[0].figures.tactics.empty());
  CHECK(idle.figures.tally.total == 0);
  CHECK_FALSE(idle.figures.tally.completion());
}

TEST_CASE("report figures: filters select role and person sections, not the plan's figures") {
  const Fixture f;
  Report s = f.card({{"manager"}, std::nullopt});
  REQUIRE(s.roles.size() == 1);
  CHECK(s.roles[0].id == "manager");
  CHECK(s.total.total == 11);  // the header and totals stay whole
  CHECK(s.goals.size() == 3);

  s = f.card({{}, std::string("Bo")});
  REQUIRE(s.roles.size() == 1);
  CHECK(s.roles[0].id == "seller");
  REQUIRE(s.roles[0].people.size() == 1);
  CHECK(s.roles[0].people[0].name == "Bo");
  CHECK(s.roles[0].figures.tally.total == 7);  // the role's own figures stay whole

  s = f.card({{"seller", "idle"}, std::nullopt});
  REQUIRE(s.roles.size() == 2);
  CHECK(s.roles[0].id == "seller");  // in plan order
  CHECK(s.roles[1].id == "idle");

  s = f.card({{"manager"}, std::string("Bo")});
  CHECK(s.roles.empty());
}

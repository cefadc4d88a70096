// The task computation of `plan tasks` (include/plan/tasks.hpp): computed
// facts, flags, filters, order and query validation, on plans given as YAML.

#include <algorithm>

#include <doctest/doctest.h>

#include "plan/figures/tasks.hpp"
#include "support/test_support.hpp"

using namespace plan;
using namespace plan::test;

namespace {

// As of 2027-03-15 (a Monday). Hand-computed facts are in the comments.
const std::string kTasksPlan = R"(name: Tasks plan
as_of: 2027-03-15
strategy:
  name: S
  end: 2030-12-31
  goals: [{id: revenue, name: Revenue}, {id: clients, name: Clients}]
process:
  name: P
  stages: [{id: qualify, name: Qualify, exit: x}, {id: close, name: Close, exit: y}]
roles:
  - {id: seller, name: Seller, people: [Ana Ruiz, Bo Chen]}
  - {id: boss, name: Boss, people: [Dana]}
  - {id: idle, name: Idle}
tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    # done on 03-01, due 03-05: its finish is its done_on
    - {id: research, title: Research, owner: seller, assignee: Ana Ruiz, due: 2027-03-05, status: done, done_on: 2027-03-01}
    # due = research's done_on 03-01 + 5d = 03-06, done: closed
    - {id: call-after-done, title: Call, owner: seller, assignee: Ana Ruiz, after: research, within: 5d, status: done, done_on: 2027-03-06}
    # prerequisite not done and without done_on: due = 03-20 + 1w = 03-27
    - {id: pitch, title: Pitch, owner: seller, start: 2027-03-01, due: 2027-03-20, supports: [revenue, clients], stage: close}
    - {id: follow-up, title: Follow up, owner: seller, assignee: Bo Chen, after: pitch, within: 1w}
    # overdue, and blocked by its status: both flags
    - {id: late, title: Late, owner: seller, assignee: Bo Chen, due: 2027-03-10, status: blocked}
    # due within 7 days: due soon and ready
    - {id: soon, title: Soon, owner: boss, assignee: Dana, due: 2027-03-22, repeat: weekdays, effort: 1h, start: 2027-03-01}
    - {id: weekly, title: Weekly, owner: boss, due: 2027-12-31, repeat: weekly, effort: 1h30m, measure: {metric: reviews, target: 40, actual: 9}}
    - {id: monthly, title: Monthly, owner: boss, due: 2027-12-31, repeat: monthly, effort: 2h}
    - {id: one-off, title: One off, owner: boss, due: 2027-06-30, effort: 3h}
    - {id: gone, title: Gone, owner: boss, due: 2027-02-01, status: dropped}
)";

struct Listed {
  Checked checked;
  TaskList list;
};

Listed list(TaskQuery query = {}, const std::string& yaml = kTasksPlan) {
  Listed out{check_yaml(yaml), {}};
  REQUIRE_FALSE(out.checked.result.structural_errors);
  REQUIRE(validate_scope(out.checked.result.plan, query.scope).empty());
  out.list = list_tasks(out.checked.result.plan, query, *Date::from_ymd(2027, 3, 15));
  return out;
}

std::vector<std::string> ids(const TaskList& l) {
  std::vector<std::string> out;
  for (const Task& t : l.tasks)
    out.emplace_back(t.id);
  return out;
}

const Task& task(const TaskList& l, std::string_view id) {
  const auto it =
      std::find_if(l.tasks.begin(), l.tasks.end(), [&](const Task& t) { return t.id == id; });
  REQUIRE(it != l.tasks.end());
  return *it;
}

std::string date_of(std::optional<Date> d) {
  return d ? format_date(*d) : "unknown";
}

}  // namespace

TEST_CASE("tasks: by default the open tasks of every role, by role, then due date, then id") {
  const auto l = list();
  CHECK(ids(l.list) == std::vector<std::string>{"late", "pitch", "follow-up", "soon", "one-off",
                                                "monthly", "weekly"});
  REQUIRE(l.list.roles.size() == 3);
  CHECK(l.list.roles[0].id == "seller");
  CHECK(l.list.roles[2].id == "idle");
  CHECK(l.list.of_role(l.list.roles[2].index).empty());
  CHECK(l.list.statuses == std::vector<Status>{Status::todo, Status::doing, Status::blocked});
}

TEST_CASE("tasks: a derived due date uses the prerequisite's done_on when it has one") {
  TaskQuery all;
  all.statuses = *statuses_named("all");
  const auto l = list(all);
  // research done on 03-01 (due 03-05): 03-01 + 5d.
  CHECK(date_of(task(l.list, "call-after-done").due) == "2027-03-06");
  CHECK(task(l.list, "call-after-done").due_derived);
  // pitch not done, due 03-20: 03-20 + 1w.
  CHECK(date_of(task(l.list, "follow-up").due) == "2027-03-27");
  CHECK(task(l.list, "follow-up").due_derived);
  CHECK_FALSE(task(l.list, "pitch").due_derived);
}

TEST_CASE("tasks: computed facts of a task") {
  const auto l = list();
  const Task& pitch = task(l.list, "pitch");
  CHECK(pitch.role_id == "seller");
  CHECK(pitch.role_name == "Seller");
  CHECK(pitch.person.empty());
  CHECK(date_of(pitch.start) == "2027-03-01");
  CHECK(pitch.goals == std::vector<std::string_view>{"revenue", "clients"});
  CHECK(pitch.stage == "close");
  CHECK(pitch.stage_name == "Close");
  // No start of its own and `after: pitch`: pitch's finish, its due date (not done).
  CHECK(date_of(task(l.list, "follow-up").start) == "2027-03-20");
  // No start and no `after`: the tactical plan's start.
  CHECK(date_of(task(l.list, "late").start) == "2027-01-01");
  CHECK(task(l.list, "follow-up").after == std::vector<std::string_view>{"pitch"});
  const Task& weekly = task(l.list, "weekly");
  REQUIRE(weekly.metric);
  CHECK(*weekly.metric == "reviews");
  CHECK(weekly.target == 40);
  CHECK(weekly.actual == 9);
  CHECK(weekly.repeat == Repeat::weekly);
  CHECK(weekly.effort == 90);
}

TEST_CASE("tasks: flags as of the as-of date") {
  const auto l = list();
  const Task& late = task(l.list, "late");
  CHECK(late.overdue);
  CHECK(late.blocked);  // the standing says overdue; the flags say both
  CHECK(late.standing == Standing::overdue);
  CHECK_FALSE(late.ready);
  CHECK_FALSE(late.due_soon);

  // A prerequisite not done blocks only once the start has come: follow-up
  // starts when pitch is due (03-20), after the as-of date, so it waits unblocked.
  const Task& follow = task(l.list, "follow-up");
  CHECK_FALSE(follow.blocked);
  CHECK(follow.ready);
  CHECK_FALSE(follow.overdue);

  const Task& soon = task(l.list, "soon");
  CHECK(soon.due_soon);
  CHECK(soon.ready);
  CHECK_FALSE(soon.overdue);
  CHECK_FALSE(soon.blocked);

  const Task& pitch = task(l.list, "pitch");  // due 03-20: within 7 days
  CHECK(pitch.due_soon);
  CHECK(pitch.ready);

  CHECK_FALSE(task(l.list, "one-off").due_soon);
}

TEST_CASE("tasks: done and dropped tasks carry no flags") {
  TaskQuery closed;
  closed.statuses = {Status::done, Status::dropped};
  const auto l = list(closed);
  CHECK(ids(l.list) == std::vector<std::string>{"research", "call-after-done", "gone"});
  for (const Task& t : l.list.tasks) {
    CAPTURE(t.id);
    CHECK_FALSE(t.overdue);  // gone was due 02-01 but is dropped
    CHECK_FALSE(t.blocked);
    CHECK_FALSE(t.due_soon);
    CHECK_FALSE(t.ready);
    CHECK(t.closed());
  }
}

TEST_CASE("tasks: planned effort per week") {
  CHECK(effort_per_week(Repeat::weekdays, 60) == 300);  // an hour a day on weekdays: 5h
  CHECK(effort_per_week(Repeat::daily, 60) == 420);
  CHECK(effort_per_week(Repeat::weekly, 90) == 90);
  CHECK(*effort_per_week(Repeat::monthly, 120) == doctest::Approx(120 * 12.0 / 52));
  CHECK_FALSE(effort_per_week(std::nullopt, 60));  // one-off
  CHECK_FALSE(effort_per_week(Repeat::daily, std::nullopt));

  const auto l = list();
  const EffortTotal boss = total_effort(l.list.of_role(l.list.roles[1].index));
  CHECK(boss.per_week == doctest::Approx(300 + 90 + 120 * 12.0 / 52));
  CHECK(boss.one_off == 180);
  CHECK(format_minutes(300) == "5h");
  CHECK(format_minutes(90) == "1h30m");
  CHECK(format_minutes(45) == "45m");
  CHECK(format_minutes(0) == "0m");
}

TEST_CASE("tasks: --role keeps the roles named, in the plan's order") {
  TaskQuery q;
  q.scope.roles = {"boss", "seller"};
  const auto l = list(q);
  REQUIRE(l.list.roles.size() == 2);
  CHECK(l.list.roles[0].id == "seller");
  CHECK(l.list.roles[1].id == "boss");
  q.scope.roles = {"boss"};
  CHECK(ids(list(q).list) == std::vector<std::string>{"soon", "one-off", "monthly", "weekly"});
}

TEST_CASE("tasks: --person lists their tasks and their roles' unassigned ones") {
  TaskQuery q;
  q.scope.person = "Bo Chen";
  const auto l = list(q);
  CHECK(ids(l.list) == std::vector<std::string>{"late", "pitch", "follow-up"});
  REQUIRE(l.list.roles.size() == 1);
  CHECK(l.list.roles[0].id == "seller");
  q.scope.person = "Ana Ruiz";
  CHECK(ids(list(q).list) == std::vector<std::string>{"pitch"});
}

TEST_CASE("tasks: --from and --to keep tasks whose start..due span touches the range") {
  TaskQuery q;
  q.from = Date::from_ymd(2027, 3, 21);
  q.to = Date::from_ymd(2027, 3, 25);
  // pitch 03-01..03-20 ends before; the rest reach into it. late
  // (01-01..03-10) ends before too, but it is overdue as of 03-15: overdue
  // work is never hidden by --from or --to.
  CHECK(ids(list(q).list) ==
        std::vector<std::string>{"late", "follow-up", "soon", "one-off", "monthly", "weekly"});
  q.from.reset();
  q.to = Date::from_ymd(2026, 12, 31);  // before every start: only the overdue task
  CHECK(ids(list(q).list) == std::vector<std::string>{"late"});
  q.to.reset();
  q.from = Date::from_ymd(2027, 7, 1);
  CHECK(ids(list(q).list) == std::vector<std::string>{"late", "monthly", "weekly"});
}

TEST_CASE("tasks: filters combine") {
  TaskQuery q;
  q.scope.person = "Bo Chen";
  q.statuses = {Status::todo};
  q.from = Date::from_ymd(2027, 3, 15);
  // late is blocked, not todo; pitch and follow-up remain.
  CHECK(ids(list(q).list) == std::vector<std::string>{"pitch", "follow-up"});
  // late (blocked, 01-01..03-10) ends before the range, but it is overdue.
  q.statuses = {Status::blocked, Status::todo};
  CHECK(ids(list(q).list) == std::vector<std::string>{"late", "pitch", "follow-up"});
  // Bo is not a boss: the scope is rejected, and would list nothing.
  q.scope.roles = {"boss"};
  const auto checked = check_yaml(kTasksPlan);
  CHECK(validate_scope(checked.result.plan, q.scope).size() == 1);
  const TaskList l = list_tasks(checked.result.plan, q, *Date::from_ymd(2027, 3, 15));
  CHECK(l.tasks.empty());
  CHECK(l.roles.empty());
}

TEST_CASE("tasks: --status names") {
  CHECK(statuses_named("done") == std::vector<Status>{Status::done});
  CHECK(statuses_named("all")->size() == 5);
  CHECK_FALSE(statuses_named("Done"));
  CHECK_FALSE(statuses_named("open"));
  CHECK(status_names().size() == 6);
}

TEST_CASE("scope: an unknown role or person is a problem with did you mean and the valid names") {
  const auto checked = check_yaml(kTasksPlan);
  const Plan& plan = checked.result.plan;
  Scope scope;
  scope.roles = {"seler", "seller"};
  scope.person = "bo chen";
  const auto problems = validate_scope(plan, scope);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0] ==
        "unknown role `seler`; did you mean `seller`? (the plan's roles: seller, boss, idle)");
  CHECK(problems[1] ==
        "unknown person `bo chen` in the selected roles; did you mean `Bo Chen`? (the selected "
        "roles' people: Ana Ruiz, Bo Chen)");

  scope.roles = {};
  CHECK(validate_scope(plan, scope) ==
        std::vector<std::string>{"unknown person `bo chen`; did you mean `Bo Chen`? (the plan's "
                                 "people: Ana Ruiz, Bo Chen, Dana)"});

  // A person of the plan, but not of the selected roles.
  scope.roles = {"boss"};
  scope.person = "Bo Chen";
  CHECK(validate_scope(plan, scope) ==
        std::vector<std::string>{
            "unknown person `Bo Chen` in the selected roles (the selected roles' people: Dana)"});
  scope.roles = {"idle"};
  CHECK(validate_scope(plan, scope) ==
        std::vector<std::string>{
            "unknown person `Bo Chen`: none of the selected roles lists people"});

  scope.roles = {"zzzzzz"};
  scope.person.reset();
  CHECK(validate_scope(plan, scope) ==
        std::vector<std::string>{"unknown role `zzzzzz` (the plan's roles: seller, boss, idle)"});
  scope.roles = {"seller", "boss"};
  scope.person = "Dana";
  CHECK(validate_scope(plan, scope).empty());
}

TEST_CASE("tasks: only_role narrows a list to one role") {
  const auto l = list();
  const TaskList boss = l.list.only_role(l.list.roles[1]);
  CHECK(ids(boss) == std::vector<std::string>{"soon", "one-off", "monthly", "weekly"});
  REQUIRE(boss.roles.size() == 1);
  CHECK(boss.roles[0].id == "boss");
  CHECK(boss.as_of == l.list.as_of);
}

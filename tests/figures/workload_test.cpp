// Planned load per person per week (plan/figures/workload.hpp), hand-computed.
// 2027-03-01 is a Monday; February 2027 has 28 days.

#include <doctest/doctest.h>

#include "plan/figures/workload.hpp"
#include "support/test_support.hpp"

using namespace plan;
using namespace plan::test;

namespace {

Date d(int y, int m, int day) {
  return *Date::from_ymd(y, m, day);
}

std::string plan_with(const std::string& tactics, const std::string& roles) {
  return R"(name: Load
as_of: 2027-03-15
strategy:
  name: S
  end: 2030-12-31
  goals: [{id: g, name: G}]
process:
  name: P
  stages: [{id: a, name: A, exit: x}, {id: b, name: B, exit: x}]
roles:
)" + roles +
         R"(tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
)" + tactics;
}

/// The load of `person` in the week of `monday`, in minutes.
double load_in(const std::vector<PersonWorkload>& loads, std::string_view person, Date monday) {
  for (const PersonWorkload& l : loads) {
    if (l.person != person) continue;
    for (const WeekWorkload& w : l.weeks) {
      if (w.monday == monday) return w.minutes;
    }
    return 0;
  }
  FAIL("no person " << person);
  return -1;
}

}  // namespace

TEST_CASE("load: occurrences of each repeat in one week") {
  const Date monday = d(2027, 3, 1);
  // daily: 7 in a full week; cut by start (Wed 03-03) to 5, by due (Tue 03-02) to 2.
  CHECK(occurrences_in_week(Repeat::daily, d(2027, 1, 1), d(2027, 12, 31), monday) == 7);
  CHECK(occurrences_in_week(Repeat::daily, d(2027, 3, 3), d(2027, 12, 31), monday) == 5);
  CHECK(occurrences_in_week(Repeat::daily, d(2027, 1, 1), d(2027, 3, 2), monday) == 2);
  // weekdays: Monday to Friday; from Saturday 03-06 nothing that week.
  CHECK(occurrences_in_week(Repeat::weekdays, d(2027, 1, 1), d(2027, 12, 31), monday) == 5);
  CHECK(occurrences_in_week(Repeat::weekdays, d(2027, 3, 6), d(2027, 12, 31), monday) == 0);
  // weekly: on the start's weekday (Thursday 01-07 -> Thursday 03-04).
  CHECK(occurrences_in_week(Repeat::weekly, d(2027, 1, 7), d(2027, 12, 31), monday) == 1);
  CHECK(occurrences_in_week(Repeat::weekly, d(2027, 1, 7), d(2027, 3, 3), monday) == 0);
  // one-off: once, on the due date.
  CHECK(occurrences_in_week(std::nullopt, d(2027, 3, 7), d(2027, 3, 7), monday) == 1);
  CHECK(occurrences_in_week(std::nullopt, d(2027, 3, 8), d(2027, 3, 8), monday) == 0);
}

TEST_CASE("load: monthly on the 31st, clamped in a short month, and quarterly") {
  // monthly from 01-31: 01-31, 02-28 (clamped; a Sunday), 03-31 (Wednesday), 04-30 (Friday).
  const Date start = d(2027, 1, 31), due = d(2027, 12, 31);
  CHECK(occurrences_in_week(Repeat::monthly, start, due, d(2027, 2, 22)) == 1);  // holds 02-28
  CHECK(occurrences_in_week(Repeat::monthly, start, due, d(2027, 3, 1)) == 0);
  CHECK(occurrences_in_week(Repeat::monthly, start, due, d(2027, 3, 29)) == 1);  // holds 03-31
  CHECK(occurrences_in_week(Repeat::monthly, start, due, d(2027, 4, 26)) == 1);  // holds 04-30
  // quarterly from 01-31: 01-31, 04-30, 07-31: not 02-28 nor 03-31.
  CHECK(occurrences_in_week(Repeat::quarterly, start, due, d(2027, 2, 22)) == 0);
  CHECK(occurrences_in_week(Repeat::quarterly, start, due, d(2027, 3, 29)) == 0);
  CHECK(occurrences_in_week(Repeat::quarterly, start, due, d(2027, 4, 26)) == 1);
  // A week across two months: Monday 2027-05-31 holds 05-31 (monthly from 01-31) only.
  CHECK(occurrences_in_week(Repeat::monthly, start, due, d(2027, 5, 31)) == 1);
}

TEST_CASE("load: a week holding a monthly occurrence on the 31st with a weekly tactic") {
  // Ana: weekly 1h from Monday 03-01, monthly 2h from 01-31. The week of 03-29 holds
  // the weekly Monday (1h) and 03-31 (2h): 3h. The week of 02-22 holds 02-28 only (2h):
  // the weekly tactic starts 03-01.
  const auto c = check_yaml(plan_with(
      "    - {id: w, title: W, owner: r, assignee: Ana, start: 2027-03-01, due: 2027-12-31, "
      "repeat: weekly, effort: 1h, supports: g, measure: {metric: m}}\n"
      "    - {id: m, title: M, owner: r, assignee: Ana, start: 2027-01-31, due: 2027-12-31, "
      "repeat: monthly, effort: 2h, supports: g, measure: {metric: m}}\n",
      "  - {id: r, name: R, people: [Ana, Bo]}\n"));
  const auto loads = planned_load(c.result.plan);
  CHECK(load_in(loads, "Ana", d(2027, 3, 29)) == 180);
  CHECK(load_in(loads, "Ana", d(2027, 2, 22)) == 120);
  CHECK(load_in(loads, "Ana", d(2027, 3, 8)) == 60);
  CHECK(load_in(loads, "Bo", d(2027, 3, 29)) == 0);
}

TEST_CASE("load: an unassigned tactic spread over the role's people") {
  // weekdays 3h, unassigned, three people: 5 × 3h ÷ 3 = 5h each in a full week.
  // Its start (no `start`, `after` a tactic due Friday 03-05) is 03-05: the week
  // of 03-01 holds Friday only, 3h ÷ 3 = 1h each.
  const auto c = check_yaml(plan_with(
      "    - {id: pre, title: Pre, owner: r, due: 2027-03-05, supports: g, measure: {metric: m}}\n"
      "    - {id: u, title: U, owner: r, after: pre, due: 2027-03-31, repeat: weekdays, effort: "
      "3h, "
      "supports: g, measure: {metric: m}}\n",
      "  - {id: r, name: R, people: [Ana, Bo, Cy], capacity: 4h}\n"));
  const auto loads = planned_load(c.result.plan);
  REQUIRE(loads.size() == 3);
  for (const char* person : {"Ana", "Bo", "Cy"}) {
    CAPTURE(person);
    CHECK(load_in(loads, person, d(2027, 3, 1)) == doctest::Approx(60));
    CHECK(load_in(loads, person, d(2027, 3, 8)) == doctest::Approx(300));
  }
  REQUIRE(loads[0].capacity);
  CHECK(*loads[0].capacity == 240);
  const WeekWorkload* over = loads[0].first_over();
  REQUIRE(over);
  CHECK(over->monday == d(2027, 3, 8));
  const WeekWorkload* peak = loads[0].peak();
  REQUIRE(peak);
  CHECK(peak->minutes == doctest::Approx(300));
}

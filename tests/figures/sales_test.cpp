// Sales depth on hand-computed plans: open, won and lost deals, bookings, the
// win rate, the forecast by quarter, attainment and coverage per person.
// The arithmetic is in the comments.

#include <doctest/doctest.h>

#include "plan/figures/pipeline.hpp"
#include "support/test_support.hpp"

using namespace plan;
using namespace plan::test;

namespace {

// Tactical window 2027-01-01..2027-12-31, as of 2027-03-15. Probabilities:
// qualify 0.1, close 0.5. Salesperson quota 1,000,000 (Ana, Bo); manager
// quota 0 (Dana); ceo no quota (Cy).
//
//   open  a1  Ana  qualify 200,000  close 2027-03-31  -> 2027-Q1, weighted  20,000
//   open  a2  Ana  close   100,000  close 2027-04-01  -> 2027-Q2, weighted  50,000
//   open  a3  Ana  close    60,000  close 2028-02-10  -> 2028-Q1, weighted  30,000
//   open  b1  Bo   qualify 500,000  no close          -> no close date,     50,000
//   open  r1  role only (no assignee) close 100,000   close 2027-06-30 -> Q2, 50,000
//   won   w1  Ana  400,000 closed 2027-02-01 (in the window)
//   won   w2  Ana  300,000 closed 2026-12-31 (before the window: no booking)
//   won   w3  Bo 1,200,000 closed 2027-03-01
//   won   w4  role only 50,000 closed 2027-03-02 (a booking for nobody)
//   lost  l1  Bo   closed 2027-03-03
//   lost  l2  Ana  closed 2026-11-30 (before the window)
//   lost  l3  Dana closed 2027-01-10
//   won   w5  Dana 10,000 closed 2027-01-20; the close 2027-01-01 is ignored
//
// Bookings (closed in the window): w1 + w3 + w4 + w5 = 400,000 + 1,200,000 + 50,000 + 10,000
//   = 1,660,000. Won in the window: w1 w3 w4 w5 = 4; lost: l1 l3 = 2; win rate 4 / 6.
//   (Closed outside the window, w2 and l2 count in neither.)
// Forecast: 20,000 + 50,000 + 30,000 + 50,000 + 50,000 = 200,000.
//   By quarter: 2027-Q1 20,000 (a1); Q2 100,000 (a2 + r1); Q3 0; Q4 0; 2028-Q1 30,000 (a3);
//   no close date 50,000 (b1).
// Ana: bookings 400,000; attainment 400,000 / 1,000,000 = 0.4; open weighted 20,000 + 50,000 +
//   30,000 = 100,000; coverage 100,000 / (1,000,000 - 400,000) = 1/6.
// Bo: bookings 1,200,000 >= quota: attainment 1.2, coverage n/a (quota met); open 50,000.
// Dana: quota 0: attainment n/a, coverage n/a (met). Cy: no quota: both n/a.
const std::string kSalesPlan = R"(name: Sales
as_of: 2027-03-15
strategy:
  name: S
  end: 2030-12-31
  goals: [{id: g, name: G}]
process:
  name: P
  stages:
    - {id: qualify, name: Qualify, probability: 0.1}
    - {id: close, name: Close, probability: 0.5}
roles:
  - {id: salesperson, name: Salesperson, people: [Ana, Bo], quota: 1000000}
  - {id: manager, name: Manager, people: [Dana], quota: 0}
  - {id: ceo, name: CEO, people: [Cy]}
tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - {id: t, title: T, owner: salesperson, due: 2027-06-30, supports: g, measure: {metric: m}}
deals:
  - {id: a1, name: A1, value: 200000, stage: qualify, owner: salesperson, assignee: Ana, close: 2027-03-31}
  - {id: a2, name: A2, value: 100000, stage: close, owner: salesperson, assignee: Ana, close: 2027-04-01}
  - {id: a3, name: A3, value: 60000, stage: close, owner: salesperson, assignee: Ana, close: 2028-02-10}
  - {id: b1, name: B1, value: 500000, stage: qualify, owner: salesperson, assignee: Bo}
  - {id: r1, name: R1, value: 100000, stage: close, owner: salesperson, close: 2027-06-30}
  - {id: w1, name: W1, value: 400000, stage: close, owner: salesperson, assignee: Ana, outcome: won, closed_on: 2027-02-01}
  - {id: w2, name: W2, value: 300000, stage: close, owner: salesperson, assignee: Ana, outcome: won, closed_on: 2026-12-31}
  - {id: w3, name: W3, value: 1200000, stage: close, owner: salesperson, assignee: Bo, outcome: won, closed_on: 2027-03-01}
  - {id: w4, name: W4, value: 50000, stage: close, owner: salesperson, outcome: won, closed_on: 2027-03-02}
  - {id: l1, name: L1, value: 70000, stage: qualify, owner: salesperson, assignee: Bo, outcome: lost, closed_on: 2027-03-03}
  - {id: l2, name: L2, value: 80000, stage: qualify, owner: salesperson, assignee: Ana, outcome: lost, closed_on: 2026-11-30}
  - {id: l3, name: L3, value: 90000, stage: qualify, owner: manager, assignee: Dana, outcome: lost, closed_on: 2027-01-10}
  - {id: w5, name: W5, value: 10000, stage: close, owner: manager, assignee: Dana, close: 2027-01-01, outcome: won, closed_on: 2027-01-20}
)";

constexpr Cents kDollar = 100;

struct Fixture {
  Checked c = check_yaml(kSalesPlan);
  Pipeline p = build_pipeline(c.result.plan, *c.result.plan.today);
  const PersonSales& person(std::string_view name) const {
    for (const PersonSales& ps : p.people) {
      if (ps.person == name) return ps;
    }
    FAIL("no person " << name);
    return p.people.front();
  }
};

}  // namespace

TEST_CASE("sales: the plan has no errors") {
  const Fixture f;
  CHECK(f.c.result.errors == 0);
}

TEST_CASE("sales: only open deals make the pipeline and the forecast") {
  const Fixture f;
  CHECK(f.p.deal_count == 5);
  CHECK(f.p.value == (200000 + 100000 + 60000 + 500000 + 100000) * kDollar);
  CHECK(f.p.forecast == 200000 * kDollar);
}

TEST_CASE("sales: bookings and the win rate count deals closed in the tactical window") {
  const Fixture f;
  CHECK(f.p.won == 5);
  CHECK(f.p.lost == 3);
  CHECK(f.p.won_in_window == 4);
  CHECK(f.p.lost_in_window == 2);
  CHECK(f.p.bookings == 1660000 * kDollar);
  REQUIRE(f.p.win_rate);
  CHECK(*f.p.win_rate == doctest::Approx(4.0 / 6.0));
}

TEST_CASE("sales: no deal closed in the window means no win rate") {
  const auto c = check_yaml(kSalesPlan.substr(0, kSalesPlan.find("  - {id: w1")));
  const Pipeline p = build_pipeline(c.result.plan, *c.result.plan.today);
  CHECK_FALSE(p.win_rate);
  CHECK(p.bookings == 0);
}

TEST_CASE("sales: the forecast by quarter, the window's quarters first and a quarter boundary") {
  const Fixture f;
  std::vector<std::string> labels;
  for (const QuarterFigures& q : f.p.quarters)
    labels.push_back(q.label.empty() ? "no close date" : q.label);
  CHECK(labels == std::vector<std::string>{"2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4", "2028-Q1",
                                           "no close date"});
  // a1 closes on 03-31 (Q1), a2 on 04-01 (Q2): the boundary between them.
  CHECK(f.p.quarters[0].weighted == 20000 * kDollar);
  CHECK(f.p.quarters[0].deals == 1);
  CHECK(f.p.quarters[1].weighted == 100000 * kDollar);
  CHECK(f.p.quarters[1].deals == 2);
  CHECK(f.p.quarters[2].deals == 0);
  CHECK(f.p.quarters[2].weighted == 0);
  CHECK(f.p.quarters[4].weighted == 30000 * kDollar);
  CHECK(f.p.quarters[5].weighted == 50000 * kDollar);
  REQUIRE(f.p.quarters[1].first_day);
  CHECK(format_date(*f.p.quarters[1].first_day) == "2027-04-01");
}

TEST_CASE("sales: attainment and coverage per person") {
  const Fixture f;
  const PersonSales& ana = f.person("Ana");
  CHECK(ana.bookings == 400000 * kDollar);
  CHECK(ana.open_weighted == 100000 * kDollar);
  REQUIRE(ana.attainment);
  CHECK(*ana.attainment == doctest::Approx(0.4));
  REQUIRE(ana.coverage);
  CHECK(*ana.coverage == doctest::Approx(1.0 / 6.0));
  CHECK(ana.deals == std::vector<std::string>{"a1", "a2", "a3", "w1", "w2", "l2"});

  // Quota met: coverage is n/a.
  const PersonSales& bo = f.person("Bo");
  CHECK(bo.bookings == 1200000 * kDollar);
  REQUIRE(bo.attainment);
  CHECK(*bo.attainment == doctest::Approx(1.2));
  CHECK_FALSE(bo.coverage);
  CHECK(bo.open_weighted == 50000 * kDollar);

  // A quota of 0 is met from the start; no quota, no figures.
  const PersonSales& dana = f.person("Dana");
  CHECK(dana.bookings == 10000 * kDollar);
  CHECK_FALSE(dana.attainment);
  CHECK_FALSE(dana.coverage);
  const PersonSales& cy = f.person("Cy");
  CHECK_FALSE(cy.quota);
  CHECK_FALSE(cy.attainment);
  CHECK_FALSE(cy.coverage);
}

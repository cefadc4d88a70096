// The timeline figures of `plan timeline` (include/plan/figures/timeline.hpp):
// rows by role in file order, drawn spans cut at the axis, milestones,
// standings as the accountability figures compute them, and rows whose due
// date is unknown listed with the reason.

#include <algorithm>

#include <doctest/doctest.h>

#include "plan/figures/timeline.hpp"
#include "support/test_support.hpp"

using namespace plan;
using namespace plan::test;

namespace {

// As of 2027-03-15.
const std::string kTimelinePlan = R"(name: Timeline plan
as_of: 2027-03-15
strategy:
  name: S
  end: 2030-12-31
  goals: [{id: revenue, name: Revenue, due: 2027-06-30}, {id: later, name: Later, due: 2029-12-31}]
process:
  name: P
  stages: [{id: qualify, name: Qualify, exit: x}, {id: close, name: Close, exit: y}]
roles:
  - {id: boss, name: Boss, people: [Dana]}
  - {id: seller, name: Seller, people: [Ana Ruiz, Bo Chen]}
  - {id: idle, name: Idle}
tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - {id: pitch, title: Pitch, owner: seller, assignee: Ana Ruiz, start: 2027-03-01, due: 2027-03-20}
    - {id: review, title: Review, owner: boss, due: 2027-12-31}
    - {id: done-early, title: Done, owner: seller, assignee: Bo Chen, due: 2027-02-01, status: done, done_on: 2027-01-30}
    - {id: late, title: Late, owner: seller, assignee: Bo Chen, due: 2027-03-10}
    - {id: kickoff, title: Kickoff, owner: boss, start: 2027-04-01, due: 2027-04-01}
    - {id: gone, title: Gone, owner: seller, due: 2027-05-01, status: dropped}
    - {id: summer, title: Summer, owner: seller, assignee: Ana Ruiz, start: 2027-06-01, due: 2027-08-31}
)";

struct Built {
  Checked checked;
  Timeline timeline;
};

Built build(TimelineQuery query = {}, const std::string& yaml = kTimelinePlan) {
  Built out{check_yaml(yaml), {}};
  REQUIRE(validate_scope(out.checked.result.plan, query.scope).empty());
  out.timeline = build_timeline(out.checked.result.plan, query, *Date::from_ymd(2027, 3, 15));
  return out;
}

std::vector<std::string> ids(const TimelineLane& lane) {
  std::vector<std::string> out;
  for (const TimelineRow& r : lane.rows)
    out.push_back(r.id);
  return out;
}

const TimelineRow& row(const Timeline& t, std::string_view id) {
  for (const TimelineLane& lane : t.lanes) {
    for (const TimelineRow& r : lane.rows) {
      if (r.id == id) return r;
    }
  }
  FAIL("no row " << id);
  throw;
}

Date day(int y, int m, int d) {
  return *Date::from_ymd(y, m, d);
}

}  // namespace

TEST_CASE("timeline: lanes by role in plan order, rows in file order, dropped left out") {
  const Built b = build();
  const Timeline& t = b.timeline;
  REQUIRE(t.lanes.size() == 3);
  CHECK(t.lanes[0].id == "boss");
  CHECK(ids(t.lanes[0]) == std::vector<std::string>{"review", "kickoff"});
  CHECK(t.lanes[1].id == "seller");
  CHECK(ids(t.lanes[1]) == std::vector<std::string>{"pitch", "done-early", "late", "summer"});
  CHECK(t.lanes[2].rows.empty());
  REQUIRE(t.axis);
  CHECK(t.axis->start == day(2027, 1, 1));
  CHECK(t.axis->end == day(2027, 12, 31));
  CHECK(t.as_of_on_axis);
  CHECK(t.tally.total == 6);
}

TEST_CASE("timeline: spans, standings and milestones") {
  const Built b = build();
  const Timeline& t = b.timeline;
  const TimelineRow& review = row(t, "review");
  CHECK(review.start == day(2027, 1, 1));  // the tactical plan's start
  CHECK(review.drawn.start == day(2027, 1, 1));
  CHECK(review.drawn.end == day(2027, 12, 31));
  CHECK(review.standing == Standing::on_track);
  CHECK(row(t, "done-early").standing == Standing::done);
  CHECK(row(t, "late").standing == Standing::overdue);
  CHECK(row(t, "kickoff").milestone);
  CHECK_FALSE(row(t, "pitch").milestone);
  CHECK(row(t, "pitch").assignee == "Ana Ruiz");
}

TEST_CASE("timeline: --from and --to cut the rows that cross an edge and leave out the rest") {
  TimelineQuery q;
  q.from = day(2027, 3, 5);
  q.to = day(2027, 7, 1);
  const Built b = build(q);
  const Timeline& t = b.timeline;
  CHECK(ids(t.lanes[0]) == std::vector<std::string>{"review", "kickoff"});
  CHECK(ids(t.lanes[1]) == std::vector<std::string>{"pitch", "late", "summer"});
  const TimelineRow& review = row(t, "review");
  CHECK(review.cut_start);
  CHECK(review.cut_end);
  CHECK(review.drawn.start == day(2027, 3, 5));
  CHECK(review.drawn.end == day(2027, 7, 1));
  const TimelineRow& summer = row(t, "summer");
  CHECK_FALSE(summer.cut_start);
  CHECK(summer.cut_end);
  CHECK(row(t, "pitch").cut_start);  // from 2027-03-01
  CHECK_FALSE(row(t, "pitch").cut_end);
  CHECK_FALSE(row(t, "kickoff").cut_start);
  CHECK_FALSE(row(t, "kickoff").cut_end);
}

TEST_CASE("timeline: the axis outside the as-of date has no as-of line") {
  TimelineQuery q;
  q.from = day(2027, 6, 1);
  const Built b = build(q);
  CHECK_FALSE(b.timeline.as_of_on_axis);
  CHECK(b.timeline.axis->end == day(2027, 12, 31));
}

TEST_CASE("timeline: goals on the band, with their side of the axis") {
  const Built b = build();
  REQUIRE(b.timeline.goals.size() == 2);
  CHECK(b.timeline.goals[0].side == 0);
  CHECK(b.timeline.goals[1].side == 1);
}

TEST_CASE("timeline: --role and --person select lanes and rows as plan tasks does") {
  TimelineQuery q;
  q.scope.roles = {"seller"};
  q.scope.person = "Bo Chen";
  const Built b = build(q);
  REQUIRE(b.timeline.lanes.size() == 1);
  CHECK(ids(b.timeline.lanes[0]) == std::vector<std::string>{"done-early", "late"});
}

TEST_CASE("timeline: a tactic with an unknown due date is listed with the reason, not drawn") {
  const std::string yaml =
      replace_once(kTimelinePlan, "    - {id: review, title: Review, owner: boss, due: 2027-12-31}",
                   "    - {id: review, title: Review, owner: boss, after: loop, within: 5d}\n"
                   "    - {id: loop, title: Loop, owner: boss, after: review, within: 5d}");
  const Built b = build({}, yaml);
  const TimelineRow& review = row(b.timeline, "review");
  CHECK_FALSE(review.drawable());
  CHECK(review.not_drawn == "its due date is unknown: it is on a dependency cycle");
  CHECK_FALSE(review.due);
  CHECK(review.start_after == std::vector<std::string>{"loop"});
}

// The renderers of `plan tasks` (include/plan/tasks_render.hpp): escaping in
// CSV and iCalendar, recurrence in text and RRULE, the iCalendar structure.

#include <algorithm>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "plan/figures/tasks.hpp"
#include "plan/render/tasks.hpp"
#include "support/tasks_plans.hpp"
#include "support/test_support.hpp"

using namespace plan;
using namespace plan::test;
using namespace plan::test::tasks_support;

namespace {

// A title with a comma, quotes, a semicolon and a non-ASCII name; a long
// non-ASCII title that must fold between characters; repeats of every kind,
// starting on awkward days (a Saturday, the 31st). As of 2027-03-15.
const std::string kRenderPlan = R"(name: "Équipe Nord, 2027"
as_of: 2027-03-15
strategy:
  name: S
  end: 2030-12-31
  goals: [{id: g, name: G}]
process:
  name: P
  stages: [{id: a, name: A, exit: x}, {id: b, name: B, exit: y}]
roles:
  - {id: sellers, name: "Sellers; north, east", people: [Søren Ødegård, "O'Brien \"Bo\""]}
tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: tricky
      title: 'Call "Big" Søren Ødegård, then; follow up \ later'
      owner: sellers
      assignee: Søren Ødegård
      due: 2027-04-30
      supports: g
      measure: {metric: "calls, made", target: 3, actual: 1}
      notes: "first line\nsecond line"
    - id: long-title
      title: ØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØ
      owner: sellers
      due: 2027-05-31
      supports: g
    - {id: daily, title: Daily, owner: sellers, start: 2027-03-01, due: 2027-03-31, repeat: daily, effort: 15m, supports: g}
    - {id: weekdays, title: Weekdays, owner: sellers, start: 2027-03-13, due: 2027-06-30, repeat: weekdays, effort: 1h, supports: g}
    - {id: weekly, title: Weekly, owner: sellers, start: 2027-01-11, due: 2027-12-20, repeat: weekly, effort: 1h30m, supports: g}
    - {id: monthly-31, title: Monthly, owner: sellers, start: 2027-01-31, due: 2027-12-31, repeat: monthly, effort: 2h, supports: g}
    - {id: monthly-15, title: Mid-month, owner: sellers, start: 2027-01-15, due: 2027-12-31, repeat: monthly, supports: g}
    - {id: finished, title: Finished, owner: sellers, due: 2027-02-01, status: done, done_on: 2027-01-30, supports: g}
    - {id: doing, title: Doing, owner: sellers, due: 2027-09-01, status: doing, supports: g}
    - {id: gone, title: Gone, owner: sellers, due: 2027-09-01, status: dropped}
)";

struct Rendered {
  Checked checked;
  TaskList list;
};

Rendered render_plan(bool all = true) {
  Rendered r{check_yaml(kRenderPlan), {}};
  REQUIRE_FALSE(r.checked.result.structural_errors);
  TaskQuery q;
  if (all) q.statuses = *statuses_named("all");
  r.list = list_tasks(r.checked.result.plan, q, *Date::from_ymd(2027, 3, 15));
  return r;
}

const IcsComponent& vtodo(const IcsComponent& cal, std::string_view uid) {
  const auto it = std::find_if(cal.children.begin(), cal.children.end(), [&](const auto& c) {
    const auto* u = c.get("UID");
    return u && u->value == uid;
  });
  REQUIRE_MESSAGE(it != cal.children.end(), "no VTODO with UID " << uid);
  return *it;
}

std::string value(const IcsComponent& c, std::string_view name) {
  const auto* p = c.get(name);
  return p ? p->value : "(none)";
}

/// The CSV line of a task, found by its id field.
std::string csv_line(const std::string& csv, std::string_view id) {
  const auto at = csv.find("," + std::string(id) + ",");
  REQUIRE(at != std::string::npos);
  const auto begin = csv.rfind("\r\n", at) + 2;
  return csv.substr(begin, csv.find("\r\n", at) - begin);
}

}  // namespace

TEST_CASE("tasks render: CSV quotes commas, quotes and semicolons (RFC 4180), UTF-8 as is") {
  const auto r = render_plan();
  const std::string csv = render_tasks_csv(r.list);
  CHECK(csv.starts_with(
      "role,role_name,person,id,title,status,start,due,due_derived,done_on,repeat,"
      "effort_minutes,effort_minutes_per_week,metric,target,actual,goals,stage,after,standing,"
      "flags,notes\r\n"));
  CHECK(csv_line(csv, "tricky") ==
        "sellers,\"Sellers; north, east\",Søren Ødegård,tricky,"
        "\"Call \"\"Big\"\" Søren Ødegård, then; follow up \\ later\",todo,2027-01-01,"
        "2027-04-30,false,,,,,\"calls, made\",3,1,g,,,behind pace,ready,"
        "\"first line\nsecond line\"");
  CHECK(csv_line(csv, "weekdays") ==
        "sellers,\"Sellers; north, east\",,weekdays,Weekdays,todo,2027-03-13,2027-06-30,false,,"
        "weekdays,60,300,,,,g,,,on track,ready,");
  CHECK(csv_line(csv, "monthly-31").find(",monthly,120,27.69,") != std::string::npos);
  CHECK(csv_line(csv, "gone").find(",dropped,") != std::string::npos);
  // Every record ends with CRLF; the only bare LF is inside the quoted notes.
  std::size_t records = 0;
  for (std::size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2))
    ++records;
  CHECK(records == r.list.tasks.size() + 1);
}

TEST_CASE("tasks render: iCalendar escapes text, folds at 75 octets between characters") {
  const auto r = render_plan();
  const std::string ics = render_tasks_ics_todo(r.list);
  const IcsCheck check = validate_ics(ics);
  CHECK(check.problems == std::vector<std::string>{});
  CHECK(check.calendar.children.size() == r.list.tasks.size());

  const auto& tricky = vtodo(check.calendar, "tricky@quipe-nord-2027");
  CHECK(value(tricky, "SUMMARY") == "Call \"Big\" Søren Ødegård\\, then\\; follow up \\\\ later");
  CHECK(ics_unescape(value(tricky, "SUMMARY")) ==
        "Call \"Big\" Søren Ødegård, then; follow up \\ later");
  CHECK(value(tricky, "CATEGORIES") == "Sellers\\; north\\, east");
  const std::string description = ics_unescape(value(tricky, "DESCRIPTION"));
  CHECK(description.find("Notes: first line\nsecond line") != std::string::npos);
  CHECK(description.find("Measure: 1/3 calls, made") != std::string::npos);

  // The long title folds many times, never inside a two-octet Ø.
  const auto& long_title = vtodo(check.calendar, "long-title@quipe-nord-2027");
  const auto title = std::find_if(r.list.tasks.begin(), r.list.tasks.end(), [](const Task& t) {
                       return t.id == "long-title";
                     })->title;
  CHECK(title.size() > 150);
  CHECK(ics_unescape(value(long_title, "SUMMARY")) == title);
  CHECK(ics.find("\r\n ") != std::string::npos);

  // The calendar's name is escaped too.
  CHECK(value(check.calendar, "X-WR-CALNAME") == "Équipe Nord\\, 2027 tasks");
}

TEST_CASE("tasks render: iCalendar dates, statuses, UIDs and DTSTAMP") {
  const auto r = render_plan();
  const std::string ics = render_tasks_ics_todo(r.list);
  const IcsCheck check = validate_ics(ics);
  REQUIRE(check.problems.empty());
  const auto& tricky = vtodo(check.calendar, "tricky@quipe-nord-2027");
  CHECK(value(tricky, "DTSTART") == "20270101");  // the tactical plan's start
  CHECK(value(tricky, "DUE") == "20270430");
  CHECK(value(tricky, "STATUS") == "NEEDS-ACTION");
  CHECK(value(tricky, "DTSTAMP") == "20270315T000000Z");  // the as-of date
  CHECK(value(tricky, "RRULE") == "(none)");
  CHECK(value(vtodo(check.calendar, "finished@quipe-nord-2027"), "STATUS") == "COMPLETED");
  CHECK(value(vtodo(check.calendar, "doing@quipe-nord-2027"), "STATUS") == "IN-PROCESS");
  CHECK(value(vtodo(check.calendar, "gone@quipe-nord-2027"), "STATUS") == "CANCELLED");
  // The same list renders to the same bytes.
  CHECK(render_tasks_ics_todo(render_plan().list) == ics);
}

TEST_CASE("tasks render: a repeat is an RRULE ending at the due date") {
  const auto r = render_plan();
  const IcsCheck check = validate_ics(render_tasks_ics_todo(r.list));
  REQUIRE(check.problems.empty());
  const auto& cal = check.calendar;

  const auto& daily = vtodo(cal, "daily@quipe-nord-2027");
  CHECK(value(daily, "RRULE") == "FREQ=DAILY;UNTIL=20270331");
  CHECK(value(daily, "DTSTART") == "20270301");
  CHECK(value(daily, "DUE") == "20270301");  // each occurrence falls due on its day

  // Starts on a Saturday: the first occurrence is the Monday after.
  const auto& weekdays = vtodo(cal, "weekdays@quipe-nord-2027");
  CHECK(value(weekdays, "RRULE") == "FREQ=WEEKLY;UNTIL=20270630;BYDAY=MO,TU,WE,TH,FR");
  CHECK(value(weekdays, "DTSTART") == "20270315");

  CHECK(value(vtodo(cal, "weekly@quipe-nord-2027"), "RRULE") == "FREQ=WEEKLY;UNTIL=20271220");
  CHECK(value(vtodo(cal, "monthly-15@quipe-nord-2027"), "RRULE") == "FREQ=MONTHLY;UNTIL=20271231");
  // From the 31st: the month's last day in shorter months, as add_months clamps.
  CHECK(value(vtodo(cal, "monthly-31@quipe-nord-2027"), "RRULE") ==
        "FREQ=MONTHLY;UNTIL=20271231;BYMONTHDAY=28,29,30,31;BYSETPOS=-1");
  // The tactic's own due date is in the description.
  CHECK(ics_unescape(value(weekdays, "DESCRIPTION")).find("Due: 2027-06-30") != std::string::npos);
}

TEST_CASE("tasks render: recurrence and effort per week in text") {
  const auto r = render_plan(false);
  const std::string text = render_tasks_text(r.list, false);
  CHECK(text.find("daily 15m") != std::string::npos);
  CHECK(text.find("weekdays 1h") != std::string::npos);
  CHECK(text.find("weekly 1h30m") != std::string::npos);
  CHECK(text.find("monthly 2h") != std::string::npos);
  // daily 15m ×7 = 105m, weekdays 1h ×5 = 300m, weekly 90m, monthly 2h ×12/52 = 27.7m.
  CHECK(text.find("  planned effort: 8h43m/week\n") != std::string::npos);
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(render_tasks_text(r.list, true).find("\x1b[32mready\x1b[0m") != std::string::npos);
}

TEST_CASE("tasks render: text groups by person with the unassigned last, columns aligned") {
  const auto r = render_plan(false);
  const std::string text = render_tasks_text(r.list, false);
  const auto soren = text.find("\n  Søren Ødegård\n");
  const auto unassigned = text.find("\n  unassigned\n");
  REQUIRE(soren != std::string::npos);
  REQUIRE(unassigned != std::string::npos);
  CHECK(soren < unassigned);
  // A line break in a title or notes never breaks a row.
  CHECK(text.find("first line") == std::string::npos);
  CHECK(text.starts_with(
      "Équipe Nord, 2027: tasks as of 2027-03-15 (status todo, doing, blocked)\n"));
  CHECK(text.find("Sellers; north, east (sellers): 8 tasks\n") != std::string::npos);
}

TEST_CASE("tasks render: Markdown checklist items, escaped") {
  const auto r = render_plan();
  const std::string md = render_tasks_markdown(r.list);
  CHECK(
      md.starts_with("# Équipe Nord, 2027: tasks\n\nAs of 2027-03-15; status todo, doing, "
                     "done, blocked, dropped.\n\n## Sellers; north, east (`sellers`)\n\n"));
  CHECK(md.find(
            "- [x] **Finished** (`finished`) · due 2027-02-01 · unassigned · done 2027-01-30\n") !=
        std::string::npos);
  CHECK(md.find("- [ ] **Call \"Big\" Søren Ødegård, then; follow up \\\\ later** (`tricky`) · "
                "due 2027-04-30 · Søren Ødegård · 1/3 calls, made · ready\n") != std::string::npos);
  CHECK(md.find("- [ ] ~~**Gone**~~ (`gone`)") != std::string::npos);
}

TEST_CASE("tasks render: JSON holds every computed fact") {
  const auto r = render_plan();
  const auto json = nlohmann::json::parse(render_tasks_json(r.list));
  CHECK(json.at("as_of") == "2027-03-15");
  CHECK(json.at("plan") == "Équipe Nord, 2027");
  REQUIRE(json.at("tasks").size() == r.list.tasks.size());
  const auto& tricky = *std::find_if(json.at("tasks").begin(), json.at("tasks").end(),
                                     [](const auto& t) { return t.at("id") == "tricky"; });
  CHECK(tricky.at("title") == "Call \"Big\" Søren Ødegård, then; follow up \\ later");
  CHECK(tricky.at("role") == "sellers");
  CHECK(tricky.at("person") == "Søren Ødegård");
  CHECK(tricky.at("start") == "2027-01-01");
  CHECK(tricky.at("due") == "2027-04-30");
  CHECK(tricky.at("due_derived") == false);
  CHECK(tricky.at("measure") ==
        nlohmann::json({{"metric", "calls, made"}, {"target", 3}, {"actual", 1}}));
  CHECK(tricky.at("goals") == nlohmann::json::array({"g"}));
  CHECK(tricky.at("standing") == "behind pace");
  CHECK(tricky.at("ready") == true);
  CHECK(tricky.at("overdue") == false);
  const auto& weekly = *std::find_if(json.at("tasks").begin(), json.at("tasks").end(),
                                     [](const auto& t) { return t.at("id") == "weekly"; });
  CHECK(weekly.at("repeat") == "weekly");
  CHECK(weekly.at("effort_minutes") == 90);
  CHECK(weekly.at("effort_minutes_per_week") == 90);
  CHECK(json.at("roles").at(0).at("id") == "sellers");
}

TEST_CASE("tasks render: the iCalendar validator catches what it checks") {
  const std::string good =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VTODO\r\nUID:a@b\r\n"
      "DTSTAMP:20270315T000000Z\r\nDTSTART;VALUE=DATE:20270301\r\nDUE;VALUE=DATE:20270302\r\n"
      "SUMMARY:x\r\nSTATUS:NEEDS-ACTION\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";
  CHECK(validate_ics(good).problems.empty());
  const auto fails = [](std::string text) { return !validate_ics(text).problems.empty(); };
  CHECK(fails(replace_once(good, "VERSION:2.0\r\n", "VERSION:2.0\n")));              // bare LF
  CHECK(fails(replace_once(good, "SUMMARY:x", "SUMMARY:" + std::string(80, 'x'))));  // too long
  // A fold inside the two octets of `é`.
  CHECK(
      fails(replace_once(good, "SUMMARY:x", "SUMMARY:" + std::string(66, 'x') + "\xc3\r\n \xa9")));
  CHECK_FALSE(
      fails(replace_once(good, "SUMMARY:x", "SUMMARY:" + std::string(66, 'x') + "\r\n \xc3\xa9")));
  CHECK(fails(replace_once(good, "END:VTODO\r\n", "")));                               // nesting
  CHECK(fails(replace_once(good, "UID:a@b\r\n", "")));                                 // required
  CHECK(fails(replace_once(good, "DUE;VALUE=DATE:20270302", "DUE:20270302T000000")));  // not a DATE
  CHECK(fails(replace_once(good, "20270302", "20270228")));       // DTSTART after DUE
  CHECK(fails(replace_once(good, "SUMMARY:x", "SUMMARY:a, b")));  // unescaped comma
  CHECK(fails(replace_once(good, "SUMMARY:x", "SUMMARY:a; b")));  // unescaped semicolon
  CHECK(fails(replace_once(good, "STATUS:NEEDS-ACTION", "STATUS:BLOCKED")));
  CHECK(fails(
      replace_once(good, "SUMMARY:x\r\n", "SUMMARY:x\r\nRRULE:UNTIL=20270401;FREQ=DAILY\r\n")));
  CHECK_FALSE(fails(
      replace_once(good, "SUMMARY:x\r\n", "SUMMARY:x\r\nRRULE:FREQ=DAILY;UNTIL=20270401\r\n")));
  const std::string two =
      replace_once(good, "END:VCALENDAR\r\n",
                   "BEGIN:VTODO\r\nUID:a@b\r\nDTSTAMP:20270315T000000Z\r\n"
                   "SUMMARY:y\r\nSTATUS:COMPLETED\r\nEND:VTODO\r\nEND:VCALENDAR\r\n");
  CHECK(fails(two));  // the same UID twice
}

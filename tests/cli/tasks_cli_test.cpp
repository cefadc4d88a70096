// End-to-end tests of `plan tasks`: the built binary, argv in, stdout,
// stderr, files and exit status out.
//
// Golden files: tests/golden/tasks/whale-hunting.{txt,md,csv,json,ics} hold
// the output of
//
//   plan tasks examples/whale-hunting.yaml --as-of 2027-03-15 --color never --format F
//
// for every format. To regenerate them after an intended change, run the
// tests with PLAN_UPDATE_GOLDEN=1 and review the diff:
//
//   PLAN_UPDATE_GOLDEN=1 ./build/tests/plan_tests -tc='tasks cli: golden*'
//   git diff tests/golden/tasks
//
// The iCalendar output is also parsed by Python's icalendar package (Debian's
// python3-icalendar).

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "support/tasks_plans.hpp"
#include "support/test_support.hpp"

using namespace plan::test;
using namespace plan::test::tasks_support;

namespace {

namespace fs = std::filesystem;

constexpr const char* kAsOf = "2027-03-15";
const std::vector<std::string> kFormats = {"text", "markdown", "csv", "json", "ics", "ics-todo"};
const std::vector<std::string> kRoles = {"ceo", "sales-specialist", "sales-manager", "salesperson",
                                         "sme"};

std::string extension(const std::string& format) {
  if (format == "text") return "txt";
  if (format == "markdown") return "md";
  if (format == "ics-todo") return "ics";
  return format;
}

std::string whale() {
  return source_path("examples/whale-hunting.yaml");
}

Run run_tasks(std::vector<std::string> args, const std::string& stdin_text = "",
              const std::vector<std::string>& env = {}) {
  args.insert(args.begin(), "tasks");
  return run_plan(args, stdin_text, env);
}

/// The files in a directory, by name.
std::set<std::string> files_in(const std::string& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir))
    names.insert(entry.path().filename().string());
  return names;
}

// A plan whose special title must survive CSV and iCalendar, and whose
// derived due dates come with and without a prerequisite's done_on.
const std::string kSpecialPlan = R"(name: Special
as_of: 2027-03-15
strategy:
  name: S
  end: 2030-12-31
  goals: [{id: g, name: G}]
process:
  name: P
  stages: [{id: a, name: A, exit: x}, {id: b, name: B, exit: y}]
roles:
  - {id: seller, name: Seller, people: [Zoë Núñez, Bo Chen]}
  - {id: boss, name: Boss, people: [Dana]}
tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - {id: dossier, title: Dossier, owner: seller, assignee: Bo Chen, due: 2027-03-05, status: done, done_on: 2027-03-01, supports: g, measure: {metric: m}}
    - {id: after-done, title: After done, owner: seller, assignee: Bo Chen, after: dossier, within: 5d, supports: g, measure: {metric: m}}
    - {id: plan-it, title: Plan it, owner: boss, assignee: Dana, due: 2027-03-20, supports: g, measure: {metric: m}}
    - {id: after-open, title: After open, owner: boss, assignee: Dana, after: plan-it, within: 2w, supports: g, measure: {metric: m}}
    - id: special
      title: 'Call "Big" Zoë Núñez, then; decide'
      owner: seller
      assignee: Zoë Núñez
      start: 2027-03-13
      due: 2027-04-30
      repeat: weekdays
      effort: 1h
      supports: g
      measure: {metric: calls, target: 20, actual: 2}
)";

}  // namespace

TEST_CASE("tasks cli: golden output for every format on the whale-hunting example") {
  for (const std::string& format : kFormats) {
    CAPTURE(format);
    const Run run = run_tasks({whale(), "--as-of", kAsOf, "--color", "never", "--format", format});
    REQUIRE(run.err == "");
    REQUIRE(run.exit_code == 0);
    compare_with_golden("tests/golden/tasks/whale-hunting." +
                            (format == "ics-todo" ? "todo.ics" : extension(format)),
                        run.out);
  }
}

TEST_CASE("tasks cli: the whale-hunting goldens say what the plan says") {
  const auto json =
      nlohmann::json::parse(read_file(source_path("tests/golden/tasks/whale-hunting.json")));
  CHECK(json.at("as_of") == kAsOf);
  std::map<std::string, nlohmann::json> by_id;
  for (const auto& t : json.at("tasks"))
    by_id[t.at("id").get<std::string>()] = t;
  // Open tasks only by default: 14 of the 21 tactics.
  CHECK(by_id.size() == 14);
  CHECK(by_id.count("workshop") == 0);
  CHECK(by_id.count("trade-show-booth") == 0);
  // dossier-globex: approve-whales done on 02-09, + 6w.
  CHECK(by_id.at("dossier-globex").at("due") == "2027-03-23");
  CHECK(by_id.at("dossier-globex").at("due_derived") == true);
  // contact-globex: dossier-globex not done, due 03-23, + 5d. It starts when
  // dossier-globex is due (03-23), after the as-of date: waiting, not blocked.
  CHECK(by_id.at("contact-globex").at("due") == "2027-03-28");
  CHECK(by_id.at("contact-globex").at("start") == "2027-03-23");
  CHECK(by_id.at("contact-globex").at("blocked") == false);
  CHECK(by_id.at("reference-clients").at("blocked") == true);  // status blocked
  CHECK(by_id.at("dossier-research").at("effort_minutes_per_week") == 300);

  const std::string text = read_file(source_path("tests/golden/tasks/whale-hunting.txt"));
  CHECK(text.find("weekdays 1h") != std::string::npos);
  CHECK(text.find("planned effort: 5h/week") != std::string::npos);

  const IcsCheck ics = validate_ics(read_file(source_path("tests/golden/tasks/whale-hunting.ics")));
  CHECK(ics.problems == std::vector<std::string>{});
  CHECK(ics.calendar.children.size() == 14);
}

TEST_CASE("tasks cli: derived due dates with and without the prerequisite's done_on") {
  const Run run = run_tasks({"-", "--format", "json", "--status", "all"}, kSpecialPlan);
  REQUIRE(run.exit_code == 0);
  const auto json = nlohmann::json::parse(run.out);
  std::map<std::string, nlohmann::json> by_id;
  for (const auto& t : json.at("tasks"))
    by_id[t.at("id").get<std::string>()] = t;
  // dossier was done on 03-01 (due 03-05): 03-01 + 5d.
  CHECK(by_id.at("after-done").at("due") == "2027-03-06");
  CHECK(by_id.at("after-done").at("due_derived") == true);
  CHECK(by_id.at("after-done").at("overdue") == true);
  // plan-it is not done and has no done_on: its due 03-20 + 2w. after-open
  // starts when plan-it is due (03-20), after the as-of date: not blocked yet.
  CHECK(by_id.at("after-open").at("due") == "2027-04-03");
  CHECK(by_id.at("after-open").at("start") == "2027-03-20");
  CHECK(by_id.at("after-open").at("blocked") == false);
}

TEST_CASE(
    "tasks cli: CSV and iCalendar escape a title with a comma, quotes, a semicolon and "
    "a non-ASCII name") {
  const Run csv = run_tasks({"-", "--format", "csv", "--role", "seller"}, kSpecialPlan);
  REQUIRE(csv.exit_code == 0);
  CHECK(
      csv.out.find("\r\nseller,Seller,Zoë Núñez,special,\"Call \"\"Big\"\" Zoë Núñez, then; "
                   "decide\",todo,2027-03-13,2027-04-30,false,,weekdays,60,300,calls,20,2,g,,,") !=
      std::string::npos);

  const Run ics = run_tasks({"-", "--format", "ics-todo", "--role", "seller"}, kSpecialPlan);
  REQUIRE(ics.exit_code == 0);
  const IcsCheck check = validate_ics(ics.out);
  CHECK(check.problems == std::vector<std::string>{});
  CHECK(ics.out.find("\r\nSUMMARY:Call \"Big\" Zoë Núñez\\, then\\; decide\r\n") !=
        std::string::npos);
  CHECK(ics.out.find("\r\nUID:special@special\r\n") != std::string::npos);
  CHECK(ics.out.find("\r\nRRULE:FREQ=WEEKLY;UNTIL=20270430;BYDAY=MO,TU,WE,TH,FR\r\n") !=
        std::string::npos);
  CHECK(ics.out.find("\r\nDTSTART;VALUE=DATE:20270315\r\n") != std::string::npos);  // Monday
}

TEST_CASE("tasks cli: recurrence in text") {
  const Run run = run_tasks({"-", "--person", "Zoë Núñez", "--color", "never"}, kSpecialPlan);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out ==
        "Special: tasks as of 2027-03-15 (status todo, doing, blocked)\n"
        "\n"
        "Seller (seller): 1 task\n"
        "  Zoë Núñez\n"
        "    2027-04-30  todo  special  Call \"Big\" Zoë Núñez, then; decide  weekdays 1h  2/20 "
        "calls  ready\n"
        "  planned effort: 5h/week\n"
        "  by person: Zoë Núñez 5h/week\n");
}

TEST_CASE("tasks cli: filters combined") {
  // Bo Chen's tasks and his role's unassigned ones, any status, touching 03-02..03-10.
  const Run run = run_tasks({whale(), "--as-of", kAsOf, "--person", "Bo Chen", "--status", "all",
                             "--from", "2027-03-02", "--to", "2027-03-10", "--format", "csv"});
  REQUIRE(run.exit_code == 0);
  // reference-clients is Bo's (03-01..06-30); trade-show-booth is his role's,
  // unassigned (01-01..04-22, dropped); Ana's and José's tasks are not listed.
  const auto header_end = run.out.find("\r\n") + 2;
  CHECK(run.out.substr(header_end) ==
        "salesperson,Salesperson,,trade-show-booth,Staff a booth at the regional logistics trade "
        "show,dropped,2027-01-01,2027-04-22,false,,,,,qualified leads,20,,,,,,,Dropped at the "
        "February review; whales do not buy from booths\r\n"
        "salesperson,Salesperson,Bo Chen,reference-clients,Secure two current clients willing to "
        "take reference calls from whales,blocked,2027-03-01,2027-06-30,false,,,,,reference "
        "clients signed up,2,,whale-clients,proof,,blocked,blocked,Waiting for legal to approve "
        "the reference agreement\r\n");
  // Narrower still: no task of his starts by 2027-02-28 and is blocked.
  const Run none = run_tasks({whale(), "--as-of", kAsOf, "--person", "Bo Chen", "--status",
                              "blocked", "--to", "2027-02-28", "--format", "csv"});
  CHECK(none.exit_code == 0);
  CHECK(none.out == run.out.substr(0, header_end));

  // A person and a role that is not theirs: a usage error, as in `plan report`.
  const Run other_role = run_tasks(
      {whale(), "--as-of", kAsOf, "--person", "Bo Chen", "--role", "ceo", "--color", "never"});
  CHECK(other_role.exit_code == 2);
  CHECK(other_role.out == "");
  CHECK(other_role.err ==
        "plan: error: unknown person `Bo Chen` in the selected roles (the selected roles' people: "
        "Margaret Okafor)\n");
}

TEST_CASE("tasks cli: --role, --status and --person narrow the list") {
  const Run run = run_tasks({whale(), "--as-of", kAsOf, "--role", "sme", "--role", "ceo",
                             "--status", "doing", "--format", "json"});
  REQUIRE(run.exit_code == 0);
  const auto json = nlohmann::json::parse(run.out);
  std::vector<std::string> ids;
  for (const auto& t : json.at("tasks"))
    ids.push_back(t.at("id").get<std::string>());
  CHECK(ids == std::vector<std::string>{"goal-review", "proof-kit"});  // ceo before sme
  CHECK(json.at("statuses") == nlohmann::json::array({"doing"}));

  // A comma-separated list does the same, whatever the order of the options.
  const Run same = run_tasks(
      {"--role", "ceo,sme", "--status", "doing", whale(), "--as-of", kAsOf, "--format", "json"});
  CHECK(same.out == run.out);
}

TEST_CASE("tasks cli: an unknown role, person or status is a usage error with did you mean") {
  const Run role = run_tasks({whale(), "--role", "salesprson"});
  CHECK(role.exit_code == 2);
  CHECK(role.out == "");
  CHECK(role.err ==
        "plan: error: unknown role `salesprson`; did you mean `salesperson`? (the plan's roles: "
        "ceo, sales-specialist, sales-manager, salesperson, sme)\n");

  const Run person = run_tasks({whale(), "--person", "Jose Núñez"});
  CHECK(person.exit_code == 2);
  CHECK(person.err.find("unknown person `Jose Núñez`; did you mean `José Núñez`?") !=
        std::string::npos);

  const Run status = run_tasks({whale(), "--status", "dne"});
  CHECK(status.exit_code == 2);
  CHECK(status.err.find("unknown status `dne`; did you mean `done`?") != std::string::npos);

  const Run format = run_tasks({whale(), "--format", "xml"});
  CHECK(format.exit_code == 2);

  const Run dates = run_tasks({whale(), "--from", "2027-05-01", "--to", "2027-04-01"});
  CHECK(dates.exit_code == 2);
  CHECK(dates.err == "plan: error: --from 2027-05-01 is after --to 2027-04-01\n");

  const Run bad_date = run_tasks({whale(), "--to", "2027-02-30"});
  CHECK(bad_date.exit_code == 2);
  CHECK(bad_date.err.find("`2027-02-30` is not a date") != std::string::npos);
}

TEST_CASE("tasks cli: a plan with errors is refused with its findings, exit 1") {
  const std::string dir = temp_dir();
  const Run run = run_tasks({source_path("examples/broken.yaml"), "-o", dir + "/out.txt"});
  CHECK(run.exit_code == 1);
  CHECK(run.out == "");
  CHECK(run.err.find("error:") != std::string::npos);
  CHECK(run.err.find("[unknown-key]") != std::string::npos);
  CHECK(run.err.find("to see the task lists; `plan check` lists every finding") !=
        std::string::npos);
  CHECK(files_in(dir).empty());  // no output file

  const Run missing = run_tasks({dir + "/no-such-plan.yaml"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("cannot read") != std::string::npos);
}

TEST_CASE("tasks cli: warnings and non-structural errors do not stop a task list") {
  // An explicit due before its prerequisite's (dependency-order, an error) and
  // a tactic without a measure (a warning).
  std::string plan =
      replace_once(kSpecialPlan, "due: 2027-03-20, supports: g, measure: {metric: m}",
                   "due: 2027-03-20, supports: g");
  plan = replace_once(plan, "after: plan-it, within: 2w", "after: plan-it, due: 2027-03-19");
  const Run check = run_plan({"check", "-"}, plan);
  CHECK(check.exit_code == 1);
  CHECK(check.out.find("[dependency-order]") != std::string::npos);
  CHECK(check.out.find("[unmeasurable-tactic]") != std::string::npos);
  const Run run = run_tasks({"-", "--role", "boss", "--format", "csv"}, plan);
  CHECK(run.exit_code == 0);
  CHECK(run.err == "");
  CHECK(run.out.find(",after-open,") != std::string::npos);
}

TEST_CASE("tasks cli: --split writes one file per role, each what --role writes") {
  for (const std::string& format : kFormats) {
    CAPTURE(format);
    const std::string dir = temp_dir() + "/lists";  // created by the command
    const Run run = run_tasks(
        {whale(), "--as-of", kAsOf, "--color", "never", "--format", format, "--split", dir});
    REQUIRE(run.exit_code == 0);
    CHECK(run.out == "");
    CHECK(run.err == "");
    std::set<std::string> expected;
    for (const std::string& role : kRoles)
      expected.insert(role + "." + extension(format));
    CHECK(files_in(dir) == expected);
    for (const std::string& role : kRoles) {
      CAPTURE(role);
      const Run one = run_tasks(
          {whale(), "--as-of", kAsOf, "--color", "never", "--format", format, "--role", role});
      CHECK(read_file(dir + "/" + role + "." + extension(format)) == one.out);
    }
  }
  // With --person, the files of that person's roles only.
  const std::string dir = temp_dir();
  const Run run = run_tasks(
      {whale(), "--as-of", kAsOf, "--person", "Raj Patel", "--split", dir, "--format", "ics"});
  REQUIRE(run.exit_code == 0);
  CHECK(files_in(dir) == std::set<std::string>{"sales-manager.ics"});
  CHECK(validate_ics(read_file(dir + "/sales-manager.ics")).problems == std::vector<std::string>{});
}

TEST_CASE("tasks cli: -o writes the whole list, never the plan, never a half file") {
  const std::string dir = temp_dir();
  const Run run = run_tasks({whale(), "--as-of", kAsOf, "--format", "md", "-o", dir + "/x.md"});
  CHECK(run.exit_code == 2);  // `md` is not a format name: `markdown` is

  const Run ok =
      run_tasks({whale(), "--as-of", kAsOf, "--format", "markdown", "-o", dir + "/x.md"});
  CHECK(ok.exit_code == 0);
  CHECK(ok.out == "");
  const Run stdout_run = run_tasks({whale(), "--as-of", kAsOf, "--format", "markdown"});
  CHECK(read_file(dir + "/x.md") == stdout_run.out);
  CHECK(files_in(dir) == std::set<std::string>{"x.md"});  // no temporary left

  const Run no_dir = run_tasks({whale(), "-o", dir + "/missing/x.txt"});
  CHECK(no_dir.exit_code == 2);
  CHECK(no_dir.err.find("cannot write") != std::string::npos);
  CHECK(files_in(dir) == std::set<std::string>{"x.md"});

  // The plan itself is never overwritten.
  const std::string plan_path = dir + "/plan.yaml";
  write_text(plan_path, kSpecialPlan);
  const Run onto_plan = run_tasks({plan_path, "-o", plan_path});
  CHECK(onto_plan.exit_code == 2);
  CHECK(read_file(plan_path) == kSpecialPlan);
  const Run split_onto_plan = run_tasks({plan_path, "--split", dir + "/plan.yaml"});
  CHECK(split_onto_plan.exit_code == 2);  // a file, not a directory
  CHECK(read_file(plan_path) == kSpecialPlan);

  const Run both = run_tasks({whale(), "-o", dir + "/y.txt", "--split", dir});
  CHECK(both.exit_code == 2);
}

TEST_CASE("tasks cli: colour on request, never with --color never or NO_COLOR") {
  const Run always = run_tasks({whale(), "--as-of", kAsOf, "--color", "always"});
  CHECK(always.out.find("\x1b[") != std::string::npos);
  const Run never = run_tasks({whale(), "--as-of", kAsOf, "--color", "never"});
  CHECK(never.out.find('\x1b') == std::string::npos);
  const Run no_color = run_tasks({whale(), "--as-of", kAsOf}, "", {"NO_COLOR=1"});
  CHECK(no_color.out.find('\x1b') == std::string::npos);
  // CSV, JSON and iCalendar are never coloured.
  const Run csv = run_tasks({whale(), "--as-of", kAsOf, "--color", "always", "--format", "csv"});
  CHECK(csv.out.find('\x1b') == std::string::npos);
}

TEST_CASE("tasks cli: the same plan gives the same calendar, UIDs and all") {
  const Run a = run_tasks({whale(), "--as-of", kAsOf, "--format", "ics"});
  const Run b = run_tasks({whale(), "--as-of", kAsOf, "--format", "ics"});
  CHECK(a.out == b.out);
  CHECK(a.out.find("\r\nUID:dossier-research@whale-hunting-2027\r\n") != std::string::npos);
  CHECK(a.out.find("\r\nDTSTAMP:20270315T000000Z\r\n") != std::string::npos);
  // Another as-of date changes the stamp, not the UIDs.
  const Run later = run_tasks({whale(), "--as-of", "2027-04-01", "--format", "ics"});
  CHECK(later.out.find("\r\nUID:dossier-research@whale-hunting-2027\r\n") != std::string::npos);
  CHECK(later.out.find("\r\nDTSTAMP:20270401T000000Z\r\n") != std::string::npos);
}

TEST_CASE("tasks cli: Python's icalendar parses the to-dos") {
  const std::string dir = temp_dir();
  const std::string whale_ics = dir + "/whale.ics", special_ics = dir + "/special.ics";
  write_text(whale_ics,
             run_tasks({whale(), "--as-of", kAsOf, "--format", "ics-todo", "--status", "all"}).out);
  write_text(special_ics, run_tasks({"-", "--format", "ics-todo"}, kSpecialPlan).out);
  write_text(dir + "/parse.py", R"(import sys
import icalendar
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    assert cal.name == "VCALENDAR", cal.name
    for todo in cal.walk("VTODO"):
        rrule = todo.get("rrule")
        until = rrule["UNTIL"][0].isoformat() if rrule else "-"
        freq = rrule["FREQ"][0] if rrule else "-"
        print("|".join([str(todo["uid"]), str(todo["summary"]), todo.decoded("dtstart").isoformat(),
                        todo.decoded("due").isoformat(), str(todo["status"]), freq, until]))
)");
  const Run run =
      run_python({"icalendar"}, "python3-icalendar", {dir + "/parse.py", whale_ics, special_ics});
  REQUIRE_MESSAGE(run.exit_code == 0, run.out << run.err);
  const auto has = [&](const std::string& line) {
    CHECK_MESSAGE(run.out.find(line + "\n") != std::string::npos, line << "\nin:\n" << run.out);
  };
  has("workshop@whale-hunting-2027|Schedule an in-house workshop to introduce Whale Hunting to "
      "the entire company|2027-01-04|2027-02-26|COMPLETED|-|-");
  has("dossier-research@whale-hunting-2027|Spend an hour a day researching and compiling "
      "dossiers on selected whales|2027-02-08|2027-02-08|IN-PROCESS|WEEKLY|2027-12-17");
  has("goal-review@whale-hunting-2027|Review progress on the strategy's goals with the "
      "leadership team|2027-01-29|2027-01-29|IN-PROCESS|MONTHLY|2027-12-31");
  has("trade-show-booth@whale-hunting-2027|Staff a booth at the regional logistics trade "
      "show|2027-01-01|2027-04-22|CANCELLED|-|-");
  has("special@special|Call \"Big\" Zoë Núñez, then; decide|2027-03-15|2027-03-15|NEEDS-ACTION|"
      "WEEKLY|2027-04-30");
  CHECK(std::count(run.out.begin(), run.out.end(), '\n') ==
        21 + 4);  // every whale tactic; the open special ones
}

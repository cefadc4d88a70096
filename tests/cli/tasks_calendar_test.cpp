// `plan tasks --format ics`: calendar events that calendar programs show,
// read back by two independent readers (Python's icalendar, and
// recurring_ical_events expanding the RRULEs to their days); one file per
// person with --split DIR --by person, each calendar named; and --from/--to
// never hiding overdue work.

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "support/test_support.hpp"
#include "support/text.hpp"

namespace plan::test {
namespace {

const char* const kAsOf = "2027-03-15";

std::string whale() {
  return source_path("examples/whale-hunting.yaml");
}

/// Prints, per event, `uid|summary|first day|days|count` where days are the
/// occurrences recurring_ical_events expands in 2027 (the first three) and
/// count how many there are; icalendar's own parse gives the calendar's name.
constexpr const char* kExpand = R"(import sys, datetime
import icalendar, recurring_ical_events
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    print("calendar|" + str(cal["X-WR-CALNAME"]))
    days = {}
    for event in recurring_ical_events.of(cal).between(datetime.date(2027, 1, 1), datetime.date(2028, 1, 1)):
        days.setdefault(str(event["UID"]), []).append(event.decoded("DTSTART"))
    for event in cal.walk("VEVENT"):
        uid = str(event["UID"])
        assert event.decoded("DTEND") == event.decoded("DTSTART") + datetime.timedelta(days=1), uid
        d = sorted(days[uid])
        print("|".join([uid, str(event["SUMMARY"]), d[0].isoformat(),
                        ",".join(x.isoformat() for x in d[:3]), str(len(d))]))
)";

Run expand(const std::vector<std::string>& files) {
  const std::string script = temp_dir() + "/expand.py";
  write_text(script, kExpand);
  std::vector<std::string> args{script};
  args.insert(args.end(), files.begin(), files.end());
  return run_python({"icalendar", "recurring_ical_events"},
                    "python3-icalendar python3-recurring-ical-events", args);
}

TEST_CASE("tasks calendar: all-day events, and repeating tasks as RRULEs expanded to their days") {
  const std::string path = temp_dir() + "/whale.ics";
  const Run run = run_plan({"tasks", whale(), "--as-of", kAsOf, "--format", "ics"});
  REQUIRE(run.exit_code == 0);
  write_text(path, run.out);
  CHECK(run.out.find("BEGIN:VTODO") == std::string::npos);
  const Run read = expand({path});
  REQUIRE_MESSAGE(read.exit_code == 0, read.out << read.err);
  const auto has = [&](const std::string& line) {
    CHECK_MESSAGE(read.out.find(line + "\n") != std::string::npos, line << "\nin:\n" << read.out);
  };
  has("calendar|Whale Hunting 2027 tasks");
  // A one-off task: one all-day event on its due date.
  has("negotiation-training@whale-hunting-2027|Sponsor negotiation training for everyone who "
      "closes deals|2027-09-30|2027-09-30|1");
  // Monthly from 2027-01-29: the 29th, and the last day of February.
  has("goal-review@whale-hunting-2027|Review progress on the strategy's goals with the "
      "leadership team|2027-01-29|2027-01-29,2027-02-28,2027-03-29|12");
  // Every weekday from Monday 2027-02-08 to Friday 2027-12-17: 225 days.
  has("dossier-research@whale-hunting-2027|Spend an hour a day researching and compiling "
      "dossiers on selected whales|2027-02-08|2027-02-08,2027-02-09,2027-02-10|225");
  // Weekly on the start's weekday (Monday 2027-01-11) until 2027-12-20.
  has("pipeline-review@whale-hunting-2027|Review every whale deal against its stage's exit "
      "criteria|2027-01-11|2027-01-11,2027-01-18,2027-01-25|50");

  // A re-export has the same UIDs, so that a calendar updates, never duplicates.
  const Run again = run_plan({"tasks", whale(), "--as-of", "2027-04-01", "--format", "ics"});
  std::set<std::string> first, second;
  for (const std::string& line : lines_of(run.out)) {
    if (line.starts_with("UID:")) first.insert(line);
  }
  for (const std::string& line : lines_of(again.out)) {
    if (line.starts_with("UID:")) second.insert(line);
  }
  CHECK(!first.empty());
  CHECK(first == second);
}

TEST_CASE("tasks calendar: --split DIR --by person writes each person's calendar, named") {
  const std::string dir = temp_dir() + "/people";
  const Run run = run_plan({"tasks", whale(), "--as-of", kAsOf, "--status", "all", "--format",
                            "ics", "--split", dir, "--by", "person"});
  REQUIRE(run.exit_code == 0);
  CHECK(run.err == "");
  // Every person of every role (names as file names), and the unassigned tasks.
  const std::vector<std::pair<std::string, std::string>> people = {
      {"margaret-okafor.ics", "Margaret Okafor"},
      {"zoë-lindqvist.ics", "Zoë Lindqvist"},
      {"raj-patel.ics", "Raj Patel"},
      {"ana-ruiz.ics", "Ana Ruiz"},
      {"bo-chen.ics", "Bo Chen"},
      {"josé-núñez.ics", "José Núñez"},
      {"dr-ingrid-søndergaard.ics", "Dr. Ingrid Søndergaard"},
      {"unassigned.ics", ""}};
  std::set<std::string> expected_files;
  for (const auto& p : people)
    expected_files.insert(p.first);
  std::set<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    files.insert(entry.path().filename().string());
  CHECK(files == expected_files);

  // Each file holds the tasks the JSON gives that person (or nobody).
  const auto json = nlohmann::json::parse(
      run_plan({"tasks", whale(), "--as-of", kAsOf, "--status", "all", "--format", "json"}).out);
  std::map<std::string, std::set<std::string>> due_uids;  // person -> UIDs of tasks with a due
  for (const auto& task : json["tasks"]) {
    const std::string person = task["person"].is_null() ? "" : task["person"].get<std::string>();
    if (!task["due"].is_null())
      due_uids[person].insert(task["id"].get<std::string>() + "@whale-hunting-2027");
  }
  for (const auto& p : people) {
    CAPTURE(p.first);
    const Run read = expand({dir + "/" + p.first});
    REQUIRE_MESSAGE(read.exit_code == 0, read.out << read.err);
    const auto lines = lines_of(read.out);
    REQUIRE(!lines.empty());
    CHECK(lines[0] ==
          "calendar|Whale Hunting 2027 — " + (p.second.empty() ? "unassigned" : p.second));
    std::set<std::string> uids;
    for (std::size_t i = 1; i < lines.size(); ++i)
      uids.insert(lines[i].substr(0, lines[i].find('|')));
    CHECK(uids == due_uids[p.second]);
  }
  CHECK(!due_uids["Ana Ruiz"].empty());
  CHECK(!due_uids[""].empty());  // the dropped trade-show booth has no assignee
}

TEST_CASE("tasks calendar: --by takes role or person, and only with --split") {
  const Run team = run_plan({"tasks", whale(), "--split", temp_dir(), "--by", "team"});
  CHECK(team.exit_code == 2);
  CHECK(team.err.find("`team` is not a way to split; use one of: role, person") !=
        std::string::npos);
  const Run alone = run_plan({"tasks", whale(), "--by", "person"});
  CHECK(alone.exit_code == 2);
  CHECK(alone.out == "");
  // --split into a file that exists: exit 2, the file untouched.
  const std::string file = temp_dir() + "/not-a-folder";
  write_text(file, "keep me\n");
  const Run into_file = run_plan({"tasks", whale(), "--split", file, "--by", "person"});
  CHECK(into_file.exit_code == 2);
  CHECK(read_file(file) == "keep me\n");
}

TEST_CASE("tasks calendar: --from and --to never hide overdue work") {
  // As of 2027-04-01, dossier-globex (due 2027-03-23) is overdue: a window
  // that starts in May still lists it, with the tasks the window reaches.
  const Run run = run_plan({"tasks", whale(), "--as-of", "2027-04-01", "--from", "2027-05-01",
                            "--to", "2027-05-31", "--format", "json"});
  REQUIRE(run.exit_code == 0);
  const auto json = nlohmann::json::parse(run.out);
  std::set<std::string> ids;
  for (const auto& task : json["tasks"])
    ids.insert(task["id"].get<std::string>());
  CHECK(ids.contains("dossier-globex"));
  CHECK(ids.contains("proof-kit"));                    // 2027-02-15..05-28 reaches May
  CHECK_FALSE(ids.contains("second-meeting-agenda"));  // due 2027-04-16: before May, not overdue
}

}  // namespace
}  // namespace plan::test

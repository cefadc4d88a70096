// CSV from every command that writes it, read back by Python's csv module as
// a spreadsheet import would: one header row, the same columns in every
// record, booleans true/false, and the figures the JSON gives.

#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "support/test_support.hpp"
#include "support/text.hpp"

namespace plan::test {
namespace {

const char* const kAsOf = "2027-03-15";

/// Each record as JSON (an object per row, keyed by the header), or the
/// reason the file is not one table.
constexpr const char* kReadCsv = R"(import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f, strict=True))
header, records = rows[0], rows[1:]
assert len(set(header)) == len(header), "a column name repeats"
for r in records:
    assert len(r) == len(header), (len(r), len(header), r)
print(json.dumps([dict(zip(header, r)) for r in records]))
)";

nlohmann::json read_csv(const std::string& csv) {
  const std::string dir = temp_dir();
  write_text(dir + "/read.py", kReadCsv);
  write_text(dir + "/out.csv", csv);
  const Run run = run_python({"csv"}, "python3", {dir + "/read.py", dir + "/out.csv"});
  REQUIRE_MESSAGE(run.exit_code == 0, run.out << run.err);
  return nlohmann::json::parse(run.out);
}

std::string run_out(const std::vector<std::string>& args) {
  const Run run = run_plan(args);
  REQUIRE(run.exit_code == 0);
  return run.out;
}

TEST_CASE("csv: plan report has a record per role and per person, with the JSON's figures") {
  const std::string plan = source_path("examples/whale-hunting.yaml");
  const auto rows = read_csv(run_out({"report", plan, "--as-of", kAsOf, "--format", "csv"}));
  const auto json =
      nlohmann::json::parse(run_out({"report", plan, "--as-of", kAsOf, "--format", "json"}));
  std::size_t expected = 0;
  for (const auto& role : json["roles"])
    expected += 1 + role["people"].size();
  REQUIRE(rows.size() == expected);
  std::size_t i = 0;
  for (const auto& role : json["roles"]) {
    CAPTURE(role["id"].get<std::string>());
    CHECK(rows[i]["role"] == role["id"]);
    CHECK(rows[i]["person"] == "");
    CHECK(rows[i]["tactics"] == std::to_string(role["summary"]["tactics"].get<int>()));
    ++i;
    for (const auto& person : role["people"]) {
      const auto& row = rows[i++];
      CHECK(row["person"] == (person["name"].is_null() ? "" : person["name"].get<std::string>()));
      CHECK(row["unassigned"] == (person["unassigned"].get<bool>() ? "true" : "false"));
      for (const char* count : {"tactics", "done", "on_track", "behind_pace", "overdue", "blocked"})
        CHECK(row[count] == std::to_string(person["summary"][count].get<int>()));
      const auto& completion = person["summary"]["completion"];
      CHECK(row["completion"] ==
            (completion.is_null() ? "" : fmt::format("{}", completion.get<double>())));
    }
  }
  // Bo Chen's quota attainment, as in the JSON: 480,000 of 1,500,000.
  bool found = false;
  for (const auto& row : rows) {
    if (row["person"] != "Bo Chen") continue;
    found = true;
    CHECK(row["quota"] == "1500000.00");
    CHECK(row["bookings"] == "480000.00");
    CHECK(row["attainment"] == "0.32");
  }
  CHECK(found);
}

TEST_CASE("csv: one convention in tasks and pipeline: booleans true/false, names as in JSON") {
  const std::string plan = source_path("examples/whale-hunting.yaml");
  const auto deals = read_csv(run_out({"pipeline", plan, "--as-of", kAsOf, "--format", "csv"}));
  REQUIRE(!deals.empty());
  const auto json =
      nlohmann::json::parse(run_out({"pipeline", plan, "--as-of", kAsOf, "--format", "json"}));
  for (const auto& key : {"id", "name", "stalled", "role", "assignee", "close", "quarter"})
    CHECK(deals[0].contains(key));
  for (const auto& row : deals) {
    CHECK((row["stalled"] == "true" || row["stalled"] == "false"));
  }
  CHECK(deals.size() == json["deals"].size());
  const auto tasks = read_csv(run_out({"tasks", plan, "--as-of", kAsOf, "--format", "csv"}));
  REQUIRE(!tasks.empty());
  for (const auto& row : tasks) {
    CHECK((row["due_derived"] == "true" || row["due_derived"] == "false"));
  }
}

}  // namespace
}  // namespace plan::test

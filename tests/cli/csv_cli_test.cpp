// CSV from every command that writes it, read back by Python's csv module as
// a spreadsheet import would: one header row, the same columns in every
// record, booleans true/false, and the figures the JSON gives.

#include <unistd.h>

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

/// Converts each CSV to .xlsx with LibreOffice (as a user imports it: UTF-8,
/// comma-separated) and compares every cell of the workbook with the CSV
/// field: the same number, date, boolean or text, or both empty.
constexpr const char* kSameCells = R"(import csv, datetime, os, re, subprocess, sys
import openpyxl
out = sys.argv[1]
for path in sys.argv[2:]:
    subprocess.run(["soffice", "--headless", "--infilter=CSV:44,34,76", "--convert-to", "xlsx",
                    "--outdir", out, path], check=True, capture_output=True)
    book = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
    sheet = openpyxl.load_workbook(book).active
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    cells = list(sheet.iter_rows(values_only=True))
    assert len(cells) == len(rows), (path, len(cells), len(rows))
    for r, (row, got) in enumerate(zip(rows, cells)):
        got = list(got) + [None] * (len(row) - len(got))
        for c, (text, value) in enumerate(zip(row, got)):
            where = f"{os.path.basename(path)} row {r + 1} column {c + 1}"
            if text == "":
                assert value is None, (where, text, value)
            elif re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", text):
                assert isinstance(value, (int, float)) and abs(value - float(text)) < 1e-9, (where, text, value)
            elif text in ("true", "false"):  # read as a spreadsheet's boolean
                assert value is (text == "true"), (where, text, value)
            elif re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
                assert value == datetime.datetime.fromisoformat(text), (where, text, value)
            else:
                assert value == text, (where, text, value)
    print("same", os.path.basename(path), len(rows), "rows")
)";

TEST_CASE("csv: LibreOffice reads every CSV into the same cells") {
  const std::string plan = source_path("examples/whale-hunting.yaml");
  const std::string dir = temp_dir();
  write_text(dir + "/same.py", kSameCells);
  const std::vector<std::pair<std::string, std::vector<std::string>>> files = {
      {"tasks.csv", {"tasks", plan, "--as-of", kAsOf, "--status", "all", "--format", "csv"}},
      {"report.csv", {"report", plan, "--as-of", kAsOf, "--format", "csv"}},
      {"pipeline.csv", {"pipeline", plan, "--as-of", kAsOf, "--format", "csv"}},
  };
  std::vector<std::string> args{dir + "/same.py", dir};
  for (const auto& f : files) {
    write_text(dir + "/" + f.first, run_out(f.second));
    args.push_back(dir + "/" + f.first);
  }
  REQUIRE_MESSAGE(::access("/usr/bin/soffice", X_OK) == 0,
                  "LibreOffice is missing: install libreoffice-calc-nogui (scripts/install-deps)");
  RunOptions options;
  options.env = {"HOME=" + dir};  // LibreOffice keeps its profile there
  const Run run = run_program(
      [&] {
        std::vector<std::string> argv{"/usr/bin/python3"};
        argv.insert(argv.end(), args.begin(), args.end());
        return argv;
      }(),
      options);
  CHECK_MESSAGE(run.exit_code == 0, run.out << run.err);
  CHECK(run.out.find("same tasks.csv") != std::string::npos);
  CHECK(run.out.find("same report.csv") != std::string::npos);
  CHECK(run.out.find("same pipeline.csv") != std::string::npos);
  // The module is checked as run_python does, so that a missing one names its package.
  CHECK(run_python({"openpyxl"}, "python3-openpyxl", {"-c", "pass"}).exit_code == 0);
}

}  // namespace
}  // namespace plan::test

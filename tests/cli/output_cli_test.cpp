// End-to-end tests of what `plan check` writes: the JSON report, colour, and
// `-o PATH` (written whole or not at all, never over the input).

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "support/test_support.hpp"
#include "support/text.hpp"

namespace plan::test {
namespace {

namespace fs = std::filesystem;

const std::string kWhale = source_path("examples/whale-hunting.yaml");
const std::string kBroken = source_path("examples/broken.yaml");

/// Parses standard output as JSON; fails the test when it is not.
nlohmann::json parse_report(const Run& run) {
  nlohmann::json report;
  REQUIRE_NOTHROW(report = nlohmann::json::parse(run.out));
  return report;
}

/// Checks the shape every diagnostic has, and that the counts add up.
void check_report_shape(const nlohmann::json& report) {
  REQUIRE(report.is_object());
  REQUIRE(report.at("files").is_array());
  REQUIRE(report.at("diagnostics").is_array());
  int errors = 0, warnings = 0;
  for (const auto& d : report.at("diagnostics")) {
    CAPTURE(d.dump());
    CHECK(d.at("file").is_string());
    for (const char* key : {"line", "column", "end_line", "end_column"}) {
      CHECK(d.at(key).is_number_integer());
      CHECK(d.at(key).get<int>() >= 1);
    }
    const auto first = std::pair(d.at("line").get<int>(), d.at("column").get<int>());
    const auto last = std::pair(d.at("end_line").get<int>(), d.at("end_column").get<int>());
    CHECK(first < last);
    const auto severity = d.at("severity").get<std::string>();
    CHECK((severity == "error" || severity == "warning"));
    (severity == "error" ? errors : warnings) += 1;
    CHECK(!d.at("rule").get<std::string>().empty());
    const auto message = d.at("message").get<std::string>();
    CHECK(!message.empty());
    CHECK(!message.ends_with("."));
  }
  CHECK(report.at("errors") == errors);
  CHECK(report.at("warnings") == warnings);
  int file_errors = 0, file_warnings = 0;
  for (const auto& f : report.at("files")) {
    file_errors += f.at("errors").get<int>();
    file_warnings += f.at("warnings").get<int>();
  }
  CHECK(file_errors == errors);
  CHECK(file_warnings == warnings);
}

const nlohmann::json* find_diagnostic(const nlohmann::json& report, std::string_view rule) {
  for (const auto& d : report.at("diagnostics")) {
    if (d.at("rule") == rule) return &d;
  }
  return nullptr;
}

TEST_CASE("cli: --format json reports the whole run as one object") {
  SUBCASE("a clean plan") {
    const Run run = run_plan({"check", "--format", "json", kWhale});
    CHECK(run.exit_code == 0);
    CHECK(run.err == "");
    const auto report = parse_report(run);
    check_report_shape(report);
    REQUIRE(report.at("files").size() == 1);
    CHECK(report.at("files")[0].at("path") == kWhale);
    CHECK(report.at("diagnostics").empty());
    CHECK(report.at("errors") == 0);
    CHECK(report.at("warnings") == 0);
  }
  SUBCASE("the broken plan") {
    const Run run = run_plan({"check", "--format", "json", kBroken});
    CHECK(run.exit_code == 1);
    const auto report = parse_report(run);
    check_report_shape(report);
    CHECK(report.at("errors").get<int>() > 0);
    CHECK(report.at("warnings").get<int>() > 0);
    std::set<std::string> rules;
    for (const auto& d : report.at("diagnostics")) {
      CHECK(d.at("file") == kBroken);
      rules.insert(d.at("rule").get<std::string>());
    }
    CHECK(rules.size() >= 8);

    // `end: 2028-12-31` on line 8: the strategy is two years long.
    const auto* horizon = find_diagnostic(report, "strategy-horizon");
    REQUIRE(horizon != nullptr);
    CHECK(horizon->at("line") == 8);
    CHECK(horizon->at("column") == 8);
    CHECK(horizon->at("end_line") == 8);
    CHECK(horizon->at("end_column") == 18);
    CHECK(horizon->at("severity") == "error");

    const auto* stalled = find_diagnostic(report, "stalled-deal");
    REQUIRE(stalled != nullptr);
    CHECK(stalled->at("severity") == "warning");
    CHECK(stalled->at("message").get<std::string>().find("globex") != std::string::npos);
  }
  SUBCASE("several files, one of them unreadable") {
    const std::string missing = temp_dir() + "/missing.yaml";
    const Run run = run_plan({"check", "--format", "json", kBroken, missing, kWhale});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find(missing) != std::string::npos);
    const auto report = parse_report(run);
    check_report_shape(report);
    std::vector<std::string> paths;
    for (const auto& f : report.at("files"))
      paths.push_back(f.at("path").get<std::string>());
    CHECK(std::find(paths.begin(), paths.end(), kBroken) != paths.end());
    CHECK(std::find(paths.begin(), paths.end(), kWhale) != paths.end());
  }
  SUBCASE("--strict and -q change nothing in the report") {
    const Run plain = run_plan({"check", "--format", "json", kBroken});
    const Run other = run_plan({"check", "--format", "json", "--strict", "-q", kBroken});
    CHECK(other.out == plain.out);
    CHECK(other.exit_code == plain.exit_code);
  }
}

TEST_CASE("cli: --color always colours, never and NO_COLOR do not, and the flag wins") {
  const Run always = run_plan({"check", "--color", "always", kBroken});
  CHECK(always.exit_code == 1);
  CHECK(has_ansi(always.out));

  const Run never = run_plan({"check", "--color", "never", kBroken});
  CHECK(!has_ansi(never.out));
  CHECK(never.exit_code == 1);

  // Without escapes the coloured report is the plain one.
  const Run plain = run_plan({"check", kBroken});
  CHECK(!has_ansi(plain.out));  // standard output is a file here, not a terminal
  CHECK(never.out == plain.out);

  const Run no_color = run_plan({"check", "--color", "auto", kBroken}, "", {"NO_COLOR=1"});
  CHECK(!has_ansi(no_color.out));

  const Run flag_wins = run_plan({"check", "--color", "always", kBroken}, "", {"NO_COLOR=1"});
  CHECK(has_ansi(flag_wins.out));

  const Run ok_line = run_plan({"check", "--color", "always", kWhale});
  CHECK(has_ansi(ok_line.out));

  // JSON is never coloured.
  CHECK(!has_ansi(run_plan({"check", "--color", "always", "--format", "json", kBroken}).out));

  const Run bad = run_plan({"check", "--color", "sometimes", kBroken});
  CHECK(bad.exit_code == 2);
  CHECK(bad.out == "");
}

TEST_CASE("cli: -o writes the report whole, the exit status still reflects the plan") {
  const std::string dir = temp_dir();
  const std::string report_path = dir + "/report.txt";

  const Run to_stdout = run_plan({"check", "--color", "never", kBroken});
  const Run to_file = run_plan({"check", "-o", report_path, kBroken});
  CHECK(to_file.exit_code == 1);
  CHECK(to_file.out == "");
  CHECK(to_file.err == "");
  CHECK(read_file(report_path) == to_stdout.out);
  // Colour is for terminals: the default never colours a file.
  CHECK(!has_ansi(read_file(report_path)));

  // An existing file is replaced, and a clean plan still exits 0.
  const Run clean = run_plan({"check", "--output", report_path, kWhale});
  CHECK(clean.exit_code == 0);
  CHECK(read_file(report_path) == kWhale + ": ok — 21 tactics, 5 roles, 7 stages\n");

  const std::string json_path = dir + "/report.json";
  const Run json = run_plan({"check", "--format", "json", "-o", json_path, kBroken, kWhale});
  CHECK(json.exit_code == 1);
  CHECK(json.out == "");
  nlohmann::json report;
  REQUIRE_NOTHROW(report = nlohmann::json::parse(read_file(json_path)));
  check_report_shape(report);
  CHECK(report.at("files").size() == 2);

  // Nothing else is left in the directory (no temporary files).
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir))
    names.insert(entry.path().filename().string());
  CHECK(names == std::set<std::string>{"report.txt", "report.json"});
}

TEST_CASE("cli: -o refuses to write over a plan being checked") {
  const std::string dir = temp_dir();
  const std::string plan_path = dir + "/plan.yaml";
  const std::string original = read_file(kWhale);
  write_text(plan_path, original);

  for (const std::string& output :
       {plan_path, dir + "/./plan.yaml",
        dir + "/../" + fs::path(dir).filename().string() + "/plan.yaml"}) {
    CAPTURE(output);
    const Run run = run_plan({"check", "-o", output, plan_path});
    CHECK(run.exit_code == 2);
    CHECK(run.out == "");
    CHECK(run.err.find("plan.yaml") != std::string::npos);
    CHECK(read_file(plan_path) == original);
  }

  // The same when the plan is one of several, or reached through a symbolic link.
  const Run several = run_plan({"check", "-o", plan_path, kBroken, plan_path});
  CHECK(several.exit_code == 2);
  CHECK(read_file(plan_path) == original);

  const std::string link = dir + "/link.yaml";
  fs::create_symlink(plan_path, link);
  const Run through_link = run_plan({"check", "-o", link, plan_path});
  CHECK(through_link.exit_code == 2);
  CHECK(fs::is_symlink(link));
  CHECK(read_file(plan_path) == original);

  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir))
    names.insert(entry.path().filename().string());
  CHECK(names == std::set<std::string>{"plan.yaml", "link.yaml"});
}

TEST_CASE("cli: -o naming a directory fails with exit 2 and leaves it as it was") {
  const std::string dir = temp_dir();
  const Run run = run_plan({"check", "-o", dir, kWhale});
  CHECK(run.exit_code == 2);
  CHECK(run.out == "");
  CHECK(run.err.find(dir) != std::string::npos);
  CHECK(fs::is_directory(dir));
  CHECK(fs::is_empty(dir));
}

TEST_CASE("cli: -o into a missing directory fails with exit 2 and leaves no file") {
  const std::string dir = temp_dir();
  const std::string output = dir + "/no-such-dir/report.txt";
  for (const std::string& plan : {kWhale, kBroken}) {
    CAPTURE(plan);
    const Run run = run_plan({"check", "-o", output, plan});
    CHECK(run.exit_code == 2);
    CHECK(run.out == "");
    CHECK(run.err.find(output) != std::string::npos);
    CHECK(!fs::exists(output));
    CHECK(!fs::exists(dir + "/no-such-dir"));
  }
  CHECK(fs::is_empty(dir));
}

}  // namespace
}  // namespace plan::test

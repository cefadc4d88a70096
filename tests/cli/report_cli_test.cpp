// `plan report` and `plan pipeline` run as a user runs them: golden output in
// every format, filters, exit statuses and output files.
//
// Golden files: tests/golden/reports/whale-hunting-<as-of>.<command>.<ext>,
// the output of `plan <command> examples/whale-hunting.yaml --as-of <as-of>
// --color never --format <format>`, for two as-of dates: the plan's own
// (2027-03-15) and 2027-04-01, when tactics are overdue and deals stalled.
// To regenerate them after an intended change, run the tests with
// PLAN_UPDATE_GOLDEN=1 and review the diff:
//
//   PLAN_UPDATE_GOLDEN=1 ./build/tests/plan_tests -tc='reports*'
//   git diff tests/golden/reports

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "figures/pipeline_plan.hpp"
#include "support/test_support.hpp"
#include "support/text.hpp"

namespace plan::test {
namespace {

namespace fs = std::filesystem;

const std::string kWhale = "examples/whale-hunting.yaml";

/// Writes `yaml` to a fresh file and returns its path.
std::string plan_file(const std::string& yaml, const std::string& name = "plan.yaml") {
  const std::string path = temp_dir() + "/" + name;
  write_text(path, yaml);
  return path;
}

struct Golden {
  std::string command;
  std::string format;
  std::string extension;
};

const std::vector<Golden> kGoldens{
    {"report", "text", "txt"},    {"report", "markdown", "md"},   {"report", "json", "json"},
    {"pipeline", "text", "txt"},  {"pipeline", "markdown", "md"}, {"pipeline", "csv", "csv"},
    {"pipeline", "json", "json"}, {"report", "html", "html"},     {"pipeline", "html", "html"},
    {"report", "csv", "csv"},
};

/// The first line of `text` that starts with `prefix`, or "".
std::string line_starting(const std::string& text, std::string_view prefix) {
  for (const std::string& line : lines_of(text)) {
    if (line.starts_with(prefix)) return line;
  }
  return "";
}

/// tests/golden/reports/whale-hunting-<as-of>.<command>.<ext>
std::string golden_path(const std::string& as_of, const Golden& g) {
  return "tests/golden/reports/whale-hunting-" + as_of + "." + g.command + "." + g.extension;
}

TEST_CASE("reports: golden output of report and pipeline in every format") {
  for (const std::string as_of : {"2027-03-15", "2027-04-01"}) {
    for (const Golden& g : kGoldens) {
      CAPTURE(as_of);
      CAPTURE(g.command);
      CAPTURE(g.format);
      // From the source tree with a relative path, as a user runs it: the
      // HTML page names the file in its warnings, and the golden holds no
      // path of this machine.
      RunOptions options;
      options.cwd = source_path("");
      const Run run = run_plan(
          {g.command, kWhale, "--as-of", as_of, "--color", "never", "--format", g.format}, options);
      CHECK(run.exit_code == 0);
      CHECK(run.err == "");
      // A run that failed is never compared with a golden nor written as one.
      if (run.exit_code != 0 || !run.err.empty()) continue;
      CHECK_FALSE(has_ansi(run.out));
      if (g.format == "json") {
        CHECK_FALSE(nlohmann::json::parse(run.out, nullptr, false).is_discarded());
      }
      compare_with_golden(golden_path(as_of, g), run.out);
    }
  }
}

TEST_CASE("reports: the goldens show what they are meant to show") {
  if (updating_goldens()) return;
  const auto read_json = [](const std::string& path) {
    return nlohmann::json::parse(read_file(source_path(path)));
  };
  // On the plan's own date nothing is overdue; two weeks on, some tactics are
  // and three deals have stalled.
  const auto now = read_json("tests/golden/reports/whale-hunting-2027-03-15.report.json");
  CHECK(now.at("totals").at("overdue") == 0);
  CHECK(now.at("totals").at("dropped") == 1);
  const auto later = read_json("tests/golden/reports/whale-hunting-2027-04-01.report.json");
  CHECK(later.at("totals").at("overdue").get<int>() > 0);
  const auto pipeline = read_json("tests/golden/reports/whale-hunting-2027-04-01.pipeline.json");
  CHECK(pipeline.at("totals").at("stalled") == 3);
  CHECK(pipeline.at("totals").at("weighted_forecast") == 920000);
  CHECK(pipeline.at("totals").at("value") == 5850000);
  // The CSV has one record per deal after its header, each ended with CRLF.
  const std::string csv =
      read_file(source_path("tests/golden/reports/whale-hunting-2027-03-15.pipeline.csv"));
  CHECK(lines_of(replace_all(csv, "\r\n", "\n")).size() == 5);
  CHECK(replace_all(csv, "\r\n", "").find('\n') == std::string::npos);
}

TEST_CASE("reports: pipeline to the cent, with an unknown probability said so") {
  const std::string path = plan_file(kPipelinePlan);
  const Run text = run_plan({"pipeline", path, "--color", "never"});
  CHECK(text.exit_code == 0);
  CHECK(text.err == "");
  CHECK(text.out.find("weighted forecast 257.12") != std::string::npos);
  CHECK(text.out.find("1 deal worth 750,000.00 is in a stage without a probability (Gamma): "
                      "shown, but left out of the forecast") != std::string::npos);
  CHECK(line_starting(text.out, "  d1 ").find("stalled") == std::string::npos);
  CHECK(line_starting(text.out, "  d2 ").ends_with("  stalled"));
  CHECK(line_starting(text.out, "  Cy ").ends_with("  750,000.00"));  // left out of the forecast
  CHECK(text.out.find("31 days in stage since 2027-02-12, 1 day over the stage's max_days of 30") !=
        std::string::npos);

  const Run json = run_plan({"pipeline", path, "--format", "json"});
  REQUIRE(json.exit_code == 0);
  const auto j = nlohmann::json::parse(json.out);
  CHECK(j.at("totals").at("weighted_forecast") == 257.12);
  CHECK(j.at("totals").at("value") == 752670);
  CHECK(j.at("totals").at("unknown_probability").at("stages") == nlohmann::json{"c"});
  CHECK(j.at("stages").at(2).at("probability").is_null());
  CHECK(j.at("stages").at(2).at("weighted_value").is_null());
  for (const auto& deal : j.at("deals")) {
    if (deal.at("id") == "d1") CHECK(deal.at("stalled") == false);
    if (deal.at("id") == "d2") {
      CHECK(deal.at("stalled") == true);
      CHECK(deal.at("days_over") == 1);
    }
  }

  const Run csv = run_plan({"pipeline", path, "--format", "csv"});
  CHECK(csv.exit_code == 0);
  CHECK(csv.out.find("d5,Five,c,Gamma,750000.00,,,2027-03-04,11,10,true,manager,Cy,,\r\n") !=
        std::string::npos);
  CHECK(csv.out.find("d6,Six,e,Epsilon,2.01,0.5,1.01,,,,false,seller,Ana,,\r\n") !=
        std::string::npos);

  const Run md = run_plan({"pipeline", path, "--format", "markdown"});
  CHECK(md.exit_code == 0);
  CHECK(md.out.find("weighted forecast 257.12") != std::string::npos);
  CHECK(md.out.find("| Gamma | 1 | 750,000.00 | unknown | unknown (left out) | 1 |") !=
        std::string::npos);
}

const std::string kWhalePath = source_path(kWhale);

TEST_CASE("reports: --role and --person select sections") {
  const Run one = run_plan({"report", "--role", "ceo", kWhalePath, "--color", "never"});
  CHECK(one.exit_code == 0);
  CHECK(one.out.find("\nCEO (ceo)\n") != std::string::npos);
  CHECK(one.out.find("(sme)") == std::string::npos);

  const Run two =
      run_plan({"report", kWhalePath, "--role", "ceo", "--role", "sme", "--format", "json"});
  REQUIRE(two.exit_code == 0);
  const auto j = nlohmann::json::parse(two.out);
  REQUIRE(j.at("roles").size() == 2);
  CHECK(j.at("roles").at(0).at("id") == "ceo");
  CHECK(j.at("roles").at(1).at("id") == "sme");

  const Run person = run_plan({"report", kWhalePath, "--person", "Bo Chen", "--format", "json"});
  REQUIRE(person.exit_code == 0);
  const auto p = nlohmann::json::parse(person.out);
  REQUIRE(p.at("roles").size() == 1);
  REQUIRE(p.at("roles").at(0).at("people").size() == 1);
  CHECK(p.at("roles").at(0).at("people").at(0).at("name") == "Bo Chen");
  CHECK(p.at("roles").at(0).at("people").at(0).at("summary").at("blocked") == 1);
  CHECK(p.at("roles").at(0).at("people").at(0).at("summary").at("completion").is_null());
}

TEST_CASE("reports: an unknown role or person exits 2 and suggests a name") {
  const Run role = run_plan({"report", kWhalePath, "--role", "salesperon"});
  CHECK(role.exit_code == 2);
  CHECK(role.out == "");
  CHECK(role.err.find("unknown role `salesperon`; did you mean `salesperson`?") !=
        std::string::npos);

  const Run person = run_plan({"report", kWhalePath, "--person", "Ana Ruis"});
  CHECK(person.exit_code == 2);
  CHECK(person.out == "");
  CHECK(person.err.find("unknown person `Ana Ruis`; did you mean `Ana Ruiz`?") !=
        std::string::npos);

  // A person who is not in the selected roles.
  const Run elsewhere = run_plan({"report", kWhalePath, "--role", "ceo", "--person", "Ana Ruiz"});
  CHECK(elsewhere.exit_code == 2);
  CHECK(elsewhere.err.find("unknown person `Ana Ruiz` in the selected roles") != std::string::npos);

  // Nothing is written to -o on a usage error.
  const std::string out = temp_dir() + "/report.txt";
  const Run written = run_plan({"report", kWhalePath, "--role", "nobody", "-o", out});
  CHECK(written.exit_code == 2);
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("reports: a plan with structural errors exits 1 with its findings") {
  const std::string path = plan_file(
      replace_once(kValidPlan, "      title: Compile dossiers", "      titel: Compile dossiers"));
  for (const char* command : {"report", "pipeline"}) {
    CAPTURE(command);
    const Run run = run_plan({command, path, "--color", "never"});
    CHECK(run.exit_code == 1);
    CHECK(run.out == "");
    CHECK(run.err.find("[unknown-key]") != std::string::npos);
    CHECK(run.err.find("[missing-field]") != std::string::npos);
  }
  // Other findings, errors included, do not stop a report.
  const std::string late =
      plan_file(replace_once(kValidPlan, "end: 2027-12-31", "end: 2029-12-31"));
  for (const char* command : {"report", "pipeline"}) {
    CAPTURE(command);
    const Run run = run_plan({command, late});
    CHECK(run.exit_code == 0);
    CHECK(run.err == "");
  }
}

TEST_CASE("reports: a refusal shows only the findings that block it, then how many") {
  // examples/broken.yaml draws 10 errors and 7 warnings; 8 of the errors are
  // structural. Only those stand between the user and the output.
  const std::string broken = source_path("examples/broken.yaml");
  struct Case {
    const char* command;
    const char* output;
  };
  for (const Case k : {Case{"report", "the report"}, Case{"pipeline", "the pipeline"},
                       Case{"tasks", "the task lists"}}) {
    CAPTURE(k.command);
    const Run run = run_plan({k.command, broken, "--color", "never"});
    CHECK(run.exit_code == 1);
    CHECK(run.out == "");
    for (const char* structural :
         {"[invalid-value]", "[missing-field]", "[unknown-key]", "[unknown-reference]",
          "[invalid-date]", "[dependency-cycle]", "[duplicate-id]"}) {
      CHECK(run.err.find(structural) != std::string::npos);
    }
    for (const char* other : {"[strategy-horizon]", "[stage-probability]", "warning:"}) {
      CHECK(run.err.find(other) == std::string::npos);
    }
    const auto lines = lines_of(run.err);
    REQUIRE(!lines.empty());
    CHECK(lines.back() == fmt::format("plan: error: fix these 8 errors to see {}; `plan check` "
                                      "lists every finding",
                                      k.output));
  }
}

TEST_CASE("reports: unreadable files and bad dates are usage errors") {
  for (const char* command : {"report", "pipeline"}) {
    CAPTURE(command);
    const Run missing = run_plan({command, temp_dir() + "/missing.yaml"});
    CHECK(missing.exit_code == 2);
    CHECK(missing.err.find("cannot read") != std::string::npos);
    const Run bad_date = run_plan({command, kWhalePath, "--as-of", "2027-02-30"});
    CHECK(bad_date.exit_code == 2);
    const Run bad_format = run_plan({command, kWhalePath, "--format", "ics"});
    CHECK(bad_format.exit_code == 2);
  }
  // iCalendar is for tasks only.
  CHECK(run_plan({"report", kWhalePath, "--format", "ics"}).exit_code == 2);
}

TEST_CASE("reports: -o writes the whole report, or nothing") {
  const std::string dir = temp_dir();
  for (const char* command : {"report", "pipeline"}) {
    CAPTURE(command);
    const std::string out = dir + "/" + command + ".md";
    const Run run = run_plan({command, kWhalePath, "--format", "markdown", "-o", out});
    CHECK(run.exit_code == 0);
    CHECK(run.out == "");
    const Run shown = run_plan({command, kWhalePath, "--format", "markdown"});
    CHECK(read_file(out) == shown.out);

    const std::string nowhere = dir + "/no/such/dir/" + command + ".md";
    const Run failed = run_plan({command, kWhalePath, "-o", nowhere});
    CHECK(failed.exit_code == 2);
    CHECK(failed.err.find("cannot write") != std::string::npos);
    CHECK_FALSE(fs::exists(nowhere));
  }
  // Never over the plan being read.
  const std::string plan = plan_file(read_file(kWhalePath));
  const Run over = run_plan({"report", plan, "-o", plan});
  CHECK(over.exit_code == 2);
  CHECK(read_file(plan) == read_file(kWhalePath));
  // -o output is never coloured unless asked for.
  const std::string plain = dir + "/plain.txt";
  CHECK(run_plan({"pipeline", kWhalePath, "-o", plain}).exit_code == 0);
  CHECK_FALSE(has_ansi(read_file(plain)));
}

TEST_CASE("reports: colour follows --color and NO_COLOR") {
  for (const char* command : {"report", "pipeline"}) {
    CAPTURE(command);
    CHECK(has_ansi(run_plan({command, kWhalePath, "--color", "always"}).out));
    CHECK(has_ansi(run_plan({command, kWhalePath, "--color", "always"}, "", {"NO_COLOR=1"}).out));
    CHECK_FALSE(has_ansi(run_plan({command, kWhalePath}, "", {"NO_COLOR=1"}).out));
    CHECK_FALSE(has_ansi(run_plan({command, kWhalePath, "--color", "never"}).out));
    // Colour never changes the words.
    const std::string plain = run_plan({command, kWhalePath, "--color", "never"}).out;
    std::string coloured = run_plan({command, kWhalePath, "--color", "always"}).out;
    for (const char* code : {"\x1b[0m", "\x1b[1m", "\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[35m"})
      coloured = replace_all(coloured, code, "");
    CHECK(coloured == plain);
  }
}

TEST_CASE("reports: names with line breaks or escape sequences stay on one line in text") {
  std::string yaml =
      replace_once(kValidPlan, "name: Salesperson", "name: \"Sales\\nperson\\e[31m\"");
  const std::string path = plan_file(yaml);
  for (const char* command : {"report", "pipeline"}) {
    CAPTURE(command);
    const Run run = run_plan({command, path, "--color", "never"});
    REQUIRE(run.exit_code == 0);
    CHECK_FALSE(has_ansi(run.out));
    CHECK(run.out.find("Sales person [31m") != std::string::npos);
    // JSON keeps the text as written.
    const Run json = run_plan({command, path, "--format", "json"});
    CHECK(json.out.find("Sales\\nperson\\u001b[31m") != std::string::npos);
  }
}

TEST_CASE("reports: the plan may come from standard input") {
  const Run run = run_plan({"pipeline", "-", "--format", "csv"}, read_file(kWhalePath));
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("globex,Globex Corporation,qualify") != std::string::npos);
}

TEST_CASE("reports: --help documents the definitions") {
  const Run report = run_plan({"report", "--help"});
  CHECK(report.exit_code == 0);
  for (const char* term :
       {"--role", "--person", "done", "overdue", "blocked", "behind pace", "on track", "Completion",
        "On-time rate", "n/a", "unassigned", "Dropped", "Exit status"}) {
    CAPTURE(term);
    CHECK(report.out.find(term) != std::string::npos);
  }
  const Run pipeline = run_plan({"pipeline", "--help"});
  CHECK(pipeline.exit_code == 0);
  for (const char* term : {"csv", "Weighted forecast", "stalled", "max_days", "Exit status"}) {
    CAPTURE(term);
    CHECK(pipeline.out.find(term) != std::string::npos);
  }
  const Run top = run_plan({"--help"});
  CHECK(top.out.find("report") != std::string::npos);
  CHECK(top.out.find("pipeline") != std::string::npos);
}

}  // namespace
}  // namespace plan::test

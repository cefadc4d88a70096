// `plan report --format html` and `plan pipeline --format html` as a reader
// gets them: golden pages for a plan of 200 tactics (the example's are among
// the report goldens), every page parsed by html5lib without a parse error
// and without a reference outside the file, and headless Chromium loading the
// report offline: the DOM holds the plan's name and key figures, the page
// makes no request, and its screenshot is not blank.
//
//   PLAN_UPDATE_GOLDEN=1 ./build/tests/plan_tests -tc='html*'
//   git diff tests/golden/reports

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "support/test_support.hpp"

namespace plan::test {
namespace {

const std::string kWhale = "examples/whale-hunting.yaml";
const std::string kPlan200 = "tests/golden/timeline/plan-200.yaml";

Run page(const std::string& command, const std::string& plan, const std::string& as_of) {
  return run_plan({command, plan, "--as-of", as_of, "--format", "html"});
}

/// The page written to a fresh file.
std::string page_file(const Run& run, const std::string& name) {
  const std::string path = temp_dir() + "/" + name;
  write_text(path, run.out);
  return path;
}

Run check_page(const std::string& mode, const std::string& path, std::vector<std::string> texts) {
  std::vector<std::string> args{source_path("tests/cli/html_page_check.py"), mode, path};
  args.insert(args.end(), texts.begin(), texts.end());
  return run_python({"html5lib"}, "python3-html5lib", args);
}

}  // namespace

TEST_CASE("html: golden pages for 200 tactics") {
  for (const std::string command : {"report", "pipeline"}) {
    CAPTURE(command);
    const Run run = page(command, source_path(kPlan200), "2027-03-15");
    CHECK(run.exit_code == 0);
    CHECK(run.err == "");
    if (run.exit_code != 0) continue;
    compare_with_golden("tests/golden/reports/plan-200." + command + ".html", run.out);
  }
}

TEST_CASE("html: html5lib parses every page without an error or an outside reference") {
  struct Case {
    std::string command;
    std::string plan;
    std::vector<std::string> texts;
  };
  const std::vector<Case> cases{
      {"report",
       kWhale,
       {"Whale Hunting 2027", "Accountability report as of 2027-04-01", "Annual revenue of $12M",
        "34%", "What's my job?", "weighted forecast", "Stalled deals", "Findings"}},
      {"pipeline", kWhale, {"Whale Hunting 2027", "Funnel", "Stalled deals"}},
      {"report", kPlan200, {"Whale Hunting benchmark (200 tactics)", "t000200"}},
      {"pipeline", kPlan200, {"Whale Hunting benchmark (200 tactics)"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.command);
    CAPTURE(c.plan);
    const Run run = page(c.command, source_path(c.plan), "2027-04-01");
    REQUIRE(run.exit_code == 0);
    const Run checked = check_page("parse", page_file(run, c.command + ".html"), c.texts);
    CHECK_MESSAGE(checked.exit_code == 0, checked.out << checked.err);
    CHECK(checked.out == "ok\n");
  }
}

TEST_CASE("html: names from the plan stay text") {
  const std::string plan = temp_dir() + "/hostile.yaml";
  write_text(plan, replace_once(kValidPlan, "name: Valid plan",
                                "name: \"<script>alert(1)</script> & 'x'\""));
  const Run run = run_plan({"report", plan, "--format", "html"});
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("<script>") == std::string::npos);
  CHECK(run.out.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;x&#39;") !=
        std::string::npos);
  const Run checked =
      check_page("parse", page_file(run, "hostile.html"), {"<script>alert(1)</script> & 'x'"});
  CHECK_MESSAGE(checked.exit_code == 0, checked.out << checked.err);
}

TEST_CASE("html: headless Chromium shows the report offline, without a request") {
  const Run run = page("report", source_path(kWhale), "2027-04-01");
  REQUIRE(run.exit_code == 0);
  const Run browsed =
      check_page("browse", page_file(run, "report.html"),
                 {"Whale Hunting 2027", "Annual revenue of $12M", "34%", "as of 2027-04-01"});
  CHECK_MESSAGE(browsed.exit_code == 0, browsed.out << browsed.err);
  CHECK(browsed.out == "ok\n");
  const Run pipeline = page("pipeline", source_path(kWhale), "2027-04-01");
  const Run shown =
      check_page("browse", page_file(pipeline, "pipeline.html"), {"Whale Hunting 2027", "Funnel"});
  CHECK_MESSAGE(shown.exit_code == 0, shown.out << shown.err);
}

}  // namespace plan::test

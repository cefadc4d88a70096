// `plan timeline` run as a user runs it: golden output in every format on the
// example and on a plan of 200 tactics, the SVG read by an XML parser (bars
// placed in proportion to their dates, labels clear of them), the Mermaid
// block read by Mermaid's own gantt parser (npm's mermaid, run by Node) and
// checked against its grammar with hostile titles, and bad input.
//
// Golden files: tests/golden/timeline/<plan>.<ext> (txt, svg, mmd), the
// output of `plan timeline <plan> --as-of 2027-03-15 --color never --width
// 100 --format <format>` for examples/whale-hunting.yaml and
// tests/golden/timeline/plan-200.yaml (written by `bench/gen_plan.py 200`).
// To regenerate them after an intended change, run the tests with
// PLAN_UPDATE_GOLDEN=1 and review the diff:
//
//   PLAN_UPDATE_GOLDEN=1 ./build/tests/plan_tests -tc='timeline*'
//   git diff tests/golden/timeline

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "support/test_support.hpp"
#include "support/text.hpp"

namespace plan::test {
namespace {

const std::string kWhale = "examples/whale-hunting.yaml";
const std::string kPlan200 = "tests/golden/timeline/plan-200.yaml";

struct Golden {
  std::string plan;  // relative to the source tree
  std::string name;  // of the golden files
};

const std::vector<Golden> kPlans{{kWhale, "whale-hunting"}, {kPlan200, "plan-200"}};

struct FormatCase {
  std::string format;
  std::string extension;
};

const std::vector<FormatCase> kFormatCases{{"text", "txt"}, {"svg", "svg"}, {"mermaid", "mmd"}};

Run timeline(const std::string& plan, const std::string& format,
             std::vector<std::string> extra = {}) {
  std::vector<std::string> args{"timeline", source_path(plan), "--as-of", "2027-03-15", "--color",
                                "never",    "--width",         "100",     "--format",   format};
  args.insert(args.end(), extra.begin(), extra.end());
  return run_plan(args);
}

/// Columns of UTF-8 text without escape sequences: one per character.
std::size_t display_columns(std::string_view line) {
  std::size_t n = 0;
  for (const char c : line)
    n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

/// Writes `text` to a fresh file and returns its path.
std::string temp_file(const std::string& text, const std::string& name) {
  const std::string path = temp_dir() + "/" + name;
  write_text(path, text);
  return path;
}

// Titles that would break a Mermaid block written as is.
const std::string kHostilePlan = R"(version: 1
name: "Plan: #1; \"quoted\" & <tagged>"
as_of: 2027-03-15
strategy:
  name: S
  start: 2027-01-01
  end: 2030-12-31
  goals:
    - {id: g1, name: "Goal <one> & \"two\"", metric: m, target: 10, actual: 1, due: 2027-06-30}
process:
  name: P
  stages:
    - {id: q, name: Q, exit: x, probability: 0.1}
    - {id: w, name: W, exit: y, probability: 0.5}
roles:
  - {id: r1, name: "Role: one; #hash", people: [Ann]}
tactical_plan:
  name: T
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: a
      title: "Call: the client; #1 \"big\" 100% sure, ok"
      owner: r1
      start: 2027-01-10
      due: 2027-02-01
      supports: g1
      measure: {metric: calls, target: 1, actual: 0}
    - id: b
      title: "section two: not a section"
      owner: r1
      after: a
      within: 10d
      supports: g1
      measure: {metric: calls, target: 1, actual: 0}
    - id: c
      title: "click here %% not a comment"
      owner: r1
      start: 2027-05-01
      due: 2027-05-01
      supports: g1
      measure: {metric: calls, target: 1, actual: 0}
    - id: d
      title: "<b>bold</b> & 'single'"
      owner: r1
      status: doing
      start: 2027-11-01
      due: 2027-12-15
      supports: g1
      measure: {metric: calls, target: 1, actual: 0}
)";

}  // namespace

TEST_CASE("timeline: golden output in every format on the example and on 200 tactics") {
  for (const Golden& g : kPlans) {
    for (const FormatCase& f : kFormatCases) {
      CAPTURE(g.plan);
      CAPTURE(f.format);
      const Run run = timeline(g.plan, f.format);
      CHECK(run.exit_code == 0);
      CHECK(run.err == "");
      if (run.exit_code != 0 || !run.err.empty()) continue;
      CHECK_FALSE(has_ansi(run.out));
      compare_with_golden("tests/golden/timeline/" + g.name + "." + f.extension, run.out);
    }
  }
}

TEST_CASE("timeline: text fits --width, line by line") {
  for (const std::string width : {"60", "80", "160"}) {
    CAPTURE(width);
    const Run run =
        run_plan({"timeline", source_path(kPlan200), "--width", width, "--color", "never"});
    REQUIRE(run.exit_code == 0);
    for (const std::string& line : lines_of(run.out)) {
      CAPTURE(line);
      CHECK(display_columns(line) <= std::stoul(width));
    }
  }
}

TEST_CASE("timeline: colour on request, glyphs without") {
  const Run plain = timeline(kWhale, "text");
  CHECK(plain.out.find("█") != std::string::npos);
  CHECK(plain.out.find("Legend:") != std::string::npos);
  const Run color = run_plan({"timeline", source_path(kWhale), "--color", "always"});
  CHECK(has_ansi(color.out));
  const Run no_color =
      run_plan({"timeline", source_path(kWhale), "--color", "auto"}, "", {"NO_COLOR=1"});
  CHECK_FALSE(has_ansi(no_color.out));
}

TEST_CASE("timeline: the SVG parses and places bars in proportion to their dates") {
  const std::string dir = temp_dir();
  for (const Golden& g : kPlans) {
    CAPTURE(g.plan);
    const Run svg = timeline(g.plan, "svg");
    REQUIRE(svg.exit_code == 0);
    const std::string path = temp_file(svg.out, g.name + ".svg");
    const Run checked = run_python({"xml.etree.ElementTree"}, "python3",
                                   {source_path("tests/cli/timeline_svg_check.py"), path});
    CHECK_MESSAGE(checked.exit_code == 0, checked.out << checked.err);
    CHECK(checked.out.starts_with("ok "));
  }
  // Hostile names stay text: the document still parses.
  const std::string hostile = temp_file(kHostilePlan, "hostile.yaml");
  const Run svg = run_plan({"timeline", hostile, "--format", "svg"});
  REQUIRE(svg.exit_code == 0);
  const Run checked =
      run_python({"xml.etree.ElementTree"}, "python3",
                 {source_path("tests/cli/timeline_svg_check.py"), temp_file(svg.out, "h.svg")});
  CHECK_MESSAGE(checked.exit_code == 0, checked.out << checked.err);
  CHECK(svg.out.find("&lt;b&gt;bold&lt;/b&gt; &amp; &#39;single&#39;") != std::string::npos);
}

TEST_CASE("timeline: the Mermaid block follows Mermaid's gantt grammar, whatever the titles") {
  for (const Golden& g : kPlans) {
    CAPTURE(g.plan);
    const Run mmd = timeline(g.plan, "mermaid");
    REQUIRE(mmd.exit_code == 0);
    const Run checked = run_python(
        {"re"}, "python3",
        {source_path("tests/cli/mermaid_gantt_check.py"), temp_file(mmd.out, g.name + ".mmd")});
    CHECK_MESSAGE(checked.exit_code == 0, checked.out << checked.err);
  }
  const std::string hostile = temp_file(kHostilePlan, "hostile.yaml");
  const Run mmd = run_plan({"timeline", hostile, "--format", "mermaid"});
  REQUIRE(mmd.exit_code == 0);
  const Run checked = run_python(
      {"re"}, "python3",
      {source_path("tests/cli/mermaid_gantt_check.py"), temp_file(mmd.out, "hostile.mmd"),
       "Call: the client; #1 \"big\" 100% sure, ok", "section two: not a section",
       "click here %% not a comment", "<b>bold</b> & 'single'"});
  CHECK_MESSAGE(checked.exit_code == 0, checked.out << checked.err << mmd.out);
  CHECK(mmd.out.find("    section Role#58; one#59; #35;hash\n") != std::string::npos);
  CHECK(mmd.out.find(":done, ") == std::string::npos);  // nothing is done in it
  CHECK(mmd.out.find(":crit, a, 2027-01-10, 2027-02-02\n") != std::string::npos);
  CHECK(mmd.out.find(":crit, b, after a, ") != std::string::npos);
  CHECK(mmd.out.find(":milestone, c, 2027-05-01, 0d\n") != std::string::npos);
  CHECK(mmd.out.find(":active, d, 2027-11-01, 2027-12-16\n") != std::string::npos);
}

TEST_CASE("timeline: an unknown role or person exits 2 with the valid names") {
  const Run role = run_plan({"timeline", source_path(kWhale), "--role", "salesperon"});
  CHECK(role.exit_code == 2);
  CHECK(role.out == "");
  CHECK(role.err.find("unknown role `salesperon`; did you mean `salesperson`?") !=
        std::string::npos);
  CHECK(role.err.find("ceo, sales-specialist, sales-manager, salesperson, sme") !=
        std::string::npos);
  const Run person = run_plan({"timeline", source_path(kWhale), "--person", "Ana Ruis"});
  CHECK(person.exit_code == 2);
  CHECK(person.err.find("did you mean `Ana Ruiz`?") != std::string::npos);
  const Run scoped =
      run_plan({"timeline", source_path(kWhale), "--role", "salesperson", "--person", "Bo Chen"});
  CHECK(scoped.exit_code == 0);
  CHECK(scoped.out.find("Salesperson (salesperson)") != std::string::npos);
  CHECK(scoped.out.find("CEO") == std::string::npos);
}

TEST_CASE("timeline: --from after --to and a narrow --width exit 2 with a clear message") {
  const Run order =
      run_plan({"timeline", source_path(kWhale), "--from", "2027-06-01", "--to", "2027-05-01"});
  CHECK(order.exit_code == 2);
  CHECK(order.err.find("--from 2027-06-01 is after --to 2027-05-01") != std::string::npos);
  const Run narrow = run_plan({"timeline", source_path(kWhale), "--width", "59"});
  CHECK(narrow.exit_code == 2);
  CHECK(narrow.err.find("--width must be a whole number of columns, at least 60 (got `59`)") !=
        std::string::npos);
  const Run bad = run_plan({"timeline", source_path(kWhale), "--from", "2027-02-30"});
  CHECK(bad.exit_code == 2);
  CHECK(bad.out == "");
}

TEST_CASE("timeline: --from and --to cut the axis and mark the bars they cut") {
  const Run run = run_plan({"timeline", source_path(kWhale), "--from", "2027-03-01", "--to",
                            "2027-06-30", "--color", "never", "--width", "100"});
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("2027-03-01 to 2027-06-30") != std::string::npos);
  // goal-review runs the whole year: cut at both edges.
  for (const std::string& line : lines_of(run.out)) {
    if (!line.starts_with("  goal-review ")) continue;
    CHECK(line.find('<') != std::string::npos);
    CHECK(line.find('>') != std::string::npos);
  }
  // workshop ended in February: left out.
  CHECK(run.out.find("workshop") == std::string::npos);
}

TEST_CASE("timeline: a plan with structural errors is refused with its findings") {
  const Run run = run_plan({"timeline", source_path("examples/broken.yaml")});
  CHECK(run.exit_code == 1);
  CHECK(run.out == "");
  CHECK(run.err.find("to see the timeline; `plan check` lists every finding") != std::string::npos);
}

TEST_CASE("timeline: -o writes the whole timeline") {
  const std::string out = temp_dir() + "/timeline.svg";
  const Run run = run_plan({"timeline", source_path(kWhale), "--format", "svg", "-o", out});
  CHECK(run.exit_code == 0);
  CHECK(run.out == "");
  CHECK(read_file(out).starts_with("<?xml"));
}

}  // namespace plan::test

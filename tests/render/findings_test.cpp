// `plan check --format github|sarif|junit|gitlab`: exit statuses, policy.rules,
// -o, escaping, and each format read back by what reads it in CI (SARIF's
// schema, an XML parser, JSON).

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "plan/check/rule_table.hpp"
#include "plan/model/rule.hpp"
#include "render/findings_support.hpp"

namespace plan::test::ci {
namespace {

using nlohmann::json;

const std::vector<std::string> kCiFormats{"github", "sarif", "junit", "gitlab"};

/// kValidPlan with one stage's exit criteria removed: one warning, no error.
std::string warning_only_plan() {
  return replace_once(kValidPlan, "      exit: Proof accepted\n", "");
}

/// A plan with an idle role and a stage without exit criteria, whose policy
/// turns idle-role off and raises missing-exit-criteria to an error.
std::string policy_plan() {
  std::string plan = replace_once(warning_only_plan(), "roles:\n",
                                  "roles:\n  - id: sme\n    name: Subject matter expert\n");
  return plan + "policy:\n  rules:\n    missing-exit-criteria: error\n    idle-role: off\n";
}

/// The findings of a plan as `plan check --format json` gives them.
json json_findings(const std::string& path) {
  const Run run = run_plan({"check", "--as-of", kAsOf, "--format", "json", path});
  REQUIRE(run.err == "");
  return json::parse(run.out).at("diagnostics");
}

/// The message of a github workflow command with the toolkit's escaping undone.
std::string unescape_github(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      const std::string code(text.substr(i + 1, 2));
      const std::map<std::string, char> codes{
          {"25", '%'}, {"0D", '\r'}, {"0A", '\n'}, {"3A", ':'}, {"2C", ','}};
      if (const auto it = codes.find(code); it != codes.end()) {
        out += it->second;
        i += 2;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

TEST_CASE("ci formats: the exit status is the same in every format, with and without --strict") {
  const std::string dir = temp_dir();
  const std::string clean = source_path("examples/whale-hunting.yaml");
  const std::string broken = source_path("examples/broken.yaml");
  const std::string warned = dir + "/warned.yaml";
  write_text(warned, warning_only_plan());
  const std::string missing = dir + "/missing.yaml";
  struct Case {
    std::vector<std::string> files;
    int plain, strict;
  };
  const std::vector<Case> cases{
      {{clean}, 0, 0},           {{warned}, 0, 1},        {{broken}, 1, 1},
      {{clean, warned}, 0, 1},   {{clean, broken}, 1, 1}, {{missing, clean}, 2, 2},
      {{broken, missing}, 2, 2},
  };
  for (const std::string& format :
       std::vector<std::string>{"text", "json", "github", "sarif", "junit", "gitlab"}) {
    for (const Case& c : cases) {
      CAPTURE(format);
      CAPTURE(c.files.back());
      std::vector<std::string> args{"check", "--as-of", kAsOf, "--format", format};
      args.insert(args.end(), c.files.begin(), c.files.end());
      CHECK(run_plan(args).exit_code == c.plain);
      args.push_back("--strict");
      CHECK(run_plan(args).exit_code == c.strict);
    }
  }
}

TEST_CASE("ci formats: --strict changes the exit status only, never the report") {
  const std::string warned = scratch_file("warned.yaml", warning_only_plan());
  for (const std::string& format : kCiFormats) {
    CAPTURE(format);
    const Run plain = run_plan({"check", "--as-of", kAsOf, "--format", format, warned});
    const Run strict =
        run_plan({"check", "--as-of", kAsOf, "--format", format, "--strict", warned});
    CHECK(plain.out == strict.out);
    CHECK(plain.out != "");
    CHECK(plain.exit_code == 0);
    CHECK(strict.exit_code == 1);
  }
}

TEST_CASE("ci formats: policy.rules turns a rule off and raises a warning to an error") {
  const std::string path = scratch_file("policy.yaml", policy_plan());
  // What the plan has without its policy: a warning for each rule.
  const std::string without = scratch_file(
      "without.yaml",
      replace_once(policy_plan(),
                   "policy:\n  rules:\n    missing-exit-criteria: error\n    idle-role: off\n",
                   ""));
  const Run before = run_plan({"check", "--as-of", kAsOf, "--format", "github", without});
  CHECK(before.exit_code == 0);
  CHECK(before.out.find("::warning file=") != std::string::npos);
  CHECK(before.out.find("title=idle-role::") != std::string::npos);

  const Run github = run_plan({"check", "--as-of", kAsOf, "--format", "github", path});
  CHECK(github.exit_code == 1);
  CHECK(github.out.find("idle-role") == std::string::npos);
  CHECK(lines_of(github.out).size() == 1);
  CHECK(github.out.starts_with("::error file="));
  CHECK(github.out.find(",title=missing-exit-criteria::") != std::string::npos);

  const auto sarif =
      json::parse(run_plan({"check", "--as-of", kAsOf, "--format", "sarif", path}).out);
  const auto& results = sarif.at("runs").at(0).at("results");
  REQUIRE(results.size() == 1);
  CHECK(results[0].at("ruleId") == "missing-exit-criteria");
  CHECK(results[0].at("level") == "error");
  // The rule's default stays what the table says.
  const auto& rules = sarif.at("runs").at(0).at("tool").at("driver").at("rules");
  const int index = results[0].at("ruleIndex").get<int>();
  CHECK(rules.at(index).at("defaultConfiguration").at("level") == "warning");

  const auto gitlab =
      json::parse(run_plan({"check", "--as-of", kAsOf, "--format", "gitlab", path}).out);
  REQUIRE(gitlab.size() == 1);
  CHECK(gitlab[0].at("check_name") == "missing-exit-criteria");
  CHECK(gitlab[0].at("severity") == "major");

  const Run junit = run_plan({"check", "--as-of", kAsOf, "--format", "junit", path});
  CHECK(junit.exit_code == 1);
  CHECK(junit.out.find("<testcase name=\"idle-role\" classname=\"" + path + "\" file=\"" + path +
                       "\">\n      <skipped message=\"turned off in policy.rules\"/>") !=
        std::string::npos);
  CHECK(junit.out.find("<failure message=\"line ") != std::string::npos);
  CHECK(junit.out.find("type=\"error\">" + path) != std::string::npos);
  CHECK(junit.out.find("tests=\"29\" failures=\"1\" errors=\"0\" skipped=\"1\"") !=
        std::string::npos);
}

TEST_CASE("ci formats: -o writes the report whole and the exit status still tells") {
  const std::string dir = temp_dir();
  for (const std::string& format : kCiFormats) {
    CAPTURE(format);
    const std::string out = dir + "/report." + format;
    const Run to_file = run_plan({"check", "--as-of", kAsOf, "--format", format, "-o", out,
                                  source_path("examples/broken.yaml")});
    CHECK(to_file.exit_code == 1);
    CHECK(to_file.out == "");
    CHECK(to_file.err == "");
    const Run to_stdout = run_plan(
        {"check", "--as-of", kAsOf, "--format", format, source_path("examples/broken.yaml")});
    CHECK(read_file(out) == to_stdout.out);
    // A failed write is exit 2 and leaves nothing behind.
    const Run failed = run_plan({"check", "--as-of", kAsOf, "--format", format, "-o",
                                 dir + "/no-such-dir/report", source_path("examples/broken.yaml")});
    CHECK(failed.exit_code == 2);
    CHECK(failed.err.starts_with("plan: error: cannot write `"));
  }
  CHECK(std::distance(std::filesystem::directory_iterator(dir),
                      std::filesystem::directory_iterator()) == 4);
}

TEST_CASE("ci formats: github escapes messages and property values as @actions/core does") {
  const std::string plan = source_path("tests/golden/ci/escaping.yaml");
  const json expected = json_findings(plan);
  const Run run = run_plan({"check", "--as-of", kAsOf, "--format", "github", plan});
  const auto lines = lines_of(run.out);
  REQUIRE(lines.size() == expected.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    const auto body = line.find("::", 2);
    REQUIRE(body != std::string::npos);
    // No raw CR or LF ever: each finding is one line.
    CHECK(line.find('\r') == std::string::npos);
    CHECK(unescape_github(line.substr(body + 2)) == expected[i].at("message").get<std::string>());
  }
  CHECK(run.out.find("unknown key `a%25b:c,d<&\"é`") != std::string::npos);
  CHECK(run.out.find("`two%0Alines%0D\tand ]]> 'quotes' & \"more\"`") != std::string::npos);

  // A path with `:`, `,` and `%` is escaped in `file=`; the rule in `title=`.
  const std::string odd = scratch_file("we:ird,50%.yaml", "name: [");
  const Run odd_run = run_plan({"check", "--format", "github", odd});
  CHECK(odd_run.exit_code == 1);
  const std::string dir = odd.substr(0, odd.rfind('/'));
  CHECK(odd_run.out.starts_with("::error file=" + replace_all(dir, ":", "%3A") +
                                "/we%3Aird%2C50%25.yaml,line="));
  CHECK(odd_run.out.find(",title=yaml-syntax::") != std::string::npos);
}

TEST_CASE("ci formats: github notes ride on the finding's line, unreadable files are errors") {
  const Run run = check_in_source("github", {"examples/broken.yaml"});
  CHECK(run.out.find("title=duplicate-id::duplicate tactic id `workshop`; each tactic needs its "
                     "own id%0Aexamples/broken.yaml:46:11: note: first used here\n") !=
        std::string::npos);
  const Run missing = check_in_source("github", {"no-such.yaml"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.out ==
        "::error file=no-such.yaml,title=unreadable::cannot read `no-such.yaml`: No such file or "
        "directory\n");
}

TEST_CASE("ci formats: SARIF has every rule, indexes that match, and relative URIs") {
  const Run run =
      check_in_source("sarif", {"examples/broken.yaml", "./tests/golden/ci/escaping.yaml"});
  const auto log = json::parse(run.out);
  CHECK(
      log.at("$schema") ==
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
  CHECK(log.at("version") == "2.1.0");
  REQUIRE(log.at("runs").size() == 1);
  const auto& sarif_run = log.at("runs").at(0);
  CHECK(sarif_run.at("columnKind") == "unicodeCodePoints");
  const auto& driver = sarif_run.at("tool").at("driver");
  CHECK(driver.at("name") == "plan");
  CHECK(driver.at("version") == PLAN_VERSION);
  CHECK(driver.at("informationUri").get<std::string>().starts_with("https://"));
  const auto& rules = driver.at("rules");
  REQUIRE(rules.size() == rule_table().size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const Rule& rule = *rule_table()[i];
    CAPTURE(rule.name);
    CHECK(rules[i].at("id") == rule.name);
    CHECK(rules[i].at("shortDescription").at("text") == rule.summary);
    CHECK(rules[i].at("fullDescription").at("text") == rule.description);
    CHECK(rules[i].at("help").at("text").get<std::string>().find(rule.rationale.substr(0, 40)) !=
          std::string::npos);
    CHECK(rules[i].at("help").at("markdown").get<std::string>().find(rule.example) !=
          std::string::npos);
    CHECK(rules[i].at("defaultConfiguration").at("level") == to_string(rule.severity));
    // GitHub code scanning takes at most 1024 characters in each description.
    CHECK(rules[i].at("shortDescription").at("text").get<std::string>().size() <= 1024);
    CHECK(rules[i].at("fullDescription").at("text").get<std::string>().size() <= 1024);
  }
  std::set<std::string> uris;
  const json expected = json_findings(source_path("examples/broken.yaml"));
  std::size_t broken_results = 0;
  for (const auto& result : sarif_run.at("results")) {
    const int index = result.at("ruleIndex").get<int>();
    CHECK(rules.at(index).at("id") == result.at("ruleId"));
    const auto& location = result.at("locations").at(0).at("physicalLocation");
    const std::string uri = location.at("artifactLocation").at("uri");
    uris.insert(uri);
    if (uri != "examples/broken.yaml") continue;
    const json& want = expected.at(broken_results++);
    CHECK(result.at("message").at("text") == want.at("message"));
    CHECK(result.at("level") == want.at("severity"));
    const auto& region = location.at("region");
    CHECK(region.at("startLine") == want.at("line"));
    CHECK(region.at("startColumn") == want.at("column"));
    CHECK(region.at("endLine") == want.at("end_line"));
    CHECK(region.at("endColumn") == want.at("end_column"));
  }
  CHECK(broken_results == expected.size());
  CHECK(uris == std::set<std::string>{"examples/broken.yaml", "tests/golden/ci/escaping.yaml"});

  // Absolute paths are file:// URIs; characters outside a URI's unreserved set are encoded.
  const std::string odd = scratch_file("plan é 50%.yaml", "name: [");
  const auto odd_log = json::parse(run_plan({"check", "--format", "sarif", odd}).out);
  const std::string uri = odd_log.at("runs")
                              .at(0)
                              .at("results")
                              .at(0)
                              .at("locations")
                              .at(0)
                              .at("physicalLocation")
                              .at("artifactLocation")
                              .at("uri");
  CHECK(uri.starts_with("file:///"));
  CHECK(uri.ends_with("/plan%20%C3%A9%2050%25.yaml"));
}

TEST_CASE("ci formats: SARIF validates against the SARIF 2.1.0 schema") {
  const std::string schema = source_path("tests/data/sarif/sarif-schema-2.1.0.json");
  const std::string dir = temp_dir();
  std::vector<std::string> files;
  for (const auto& name : {"broken", "whale-hunting", "escaping", "unreadable"})
    files.push_back(source_path(std::string("tests/golden/ci/") + name + ".sarif"));
  const std::string policy = scratch_file("policy.yaml", policy_plan());
  files.push_back(dir + "/policy.sarif");
  write_text(files.back(), run_plan({"check", "--as-of", kAsOf, "--format", "sarif", policy}).out);
  const Run result = validate(schema, files);
  CHECK_MESSAGE(result.exit_code == 0, result.out << result.err);
  CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 5);
}

TEST_CASE("ci formats: JUnit parses back with an XML parser, counts and messages intact") {
  const std::string dir = temp_dir();
  const std::string script = dir + "/junit.py";
  // Prints, per suite and case, what a CI dashboard shows.
  write_text(script, R"(import sys
import xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "testsuites", root.tag
totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
for suite in root.findall("testsuite"):
    cases = suite.findall("testcase")
    counts = {"tests": len(cases),
              "failures": sum(1 for c in cases if c.find("failure") is not None),
              "errors": sum(1 for c in cases if c.find("error") is not None),
              "skipped": sum(1 for c in cases if c.find("skipped") is not None)}
    for key, value in counts.items():
        assert int(suite.get(key)) == value, (suite.get("name"), key, suite.get(key), value)
        totals[key] += value
    for case in cases:
        failure = case.find("failure")
        if failure is not None:
            sys.stdout.buffer.write(failure.text.encode("utf-8", "surrogateescape"))
for key, value in totals.items():
    assert int(root.get(key)) == value, (key, root.get(key), value)
print("parsed")
)");
  for (const std::string name : {"broken", "whale-hunting", "escaping", "unreadable"}) {
    CAPTURE(name);
    const Run parsed = run_python({"xml.etree.ElementTree"}, "python3",
                                  {script, source_path("tests/golden/ci/" + name + ".junit.xml")});
    REQUIRE_MESSAGE(parsed.exit_code == 0, parsed.out << parsed.err);
    CHECK(parsed.out.ends_with("parsed\n"));
    if (name == "escaping") {
      // The failure text holds each message as written, bar the characters XML cannot hold.
      CHECK(parsed.out.find("unknown key `a%b:c,d<&\"é` in the plan") != std::string::npos);
      CHECK(parsed.out.find("unknown key `two\nlines\r\tand ]]> 'quotes' & \"more\"`") !=
            std::string::npos);
      CHECK(parsed.out.find("unknown key `bell\\u{0007} vt\\u{000B} nul\\u{0000} "
                            "nonchar\\u{FFFE}`") != std::string::npos);
      CHECK(parsed.out.find("`café` is not a valid id") != std::string::npos);
    }
  }
}

TEST_CASE("ci formats: JUnit marks rules that could not run as skipped") {
  const std::string bad = scratch_file("bad.yaml", "name: [");
  const Run run = run_plan({"check", "--format", "junit", bad});
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("tests=\"29\" failures=\"1\" errors=\"0\" skipped=\"27\"") !=
        std::string::npos);
  CHECK(run.out.find("<testcase name=\"invalid-document\" classname=\"" + bad + "\" file=\"" + bad +
                     "\"/>") != std::string::npos);
  CHECK(run.out.find("<skipped message=\"not run: the file is not a plan document\"/>") !=
        std::string::npos);
}

TEST_CASE("ci formats: GitLab fingerprints are unique, stable, and survive moved lines") {
  const Run first =
      check_in_source("gitlab", {"examples/broken.yaml", "tests/golden/ci/escaping.yaml"});
  const Run again =
      check_in_source("gitlab", {"examples/broken.yaml", "tests/golden/ci/escaping.yaml"});
  CHECK(first.out == again.out);
  const auto issues = json::parse(first.out);
  REQUIRE(issues.is_array());
  std::set<std::string> fingerprints;
  for (const auto& issue : issues) {
    fingerprints.insert(issue.at("fingerprint").get<std::string>());
    CHECK(issue.at("location").at("lines").at("begin").get<int>() >= 1);
    const std::string severity = issue.at("severity");
    CHECK((severity == "major" || severity == "minor"));
  }
  CHECK(fingerprints.size() == issues.size());

  // Two findings with the same rule and message still differ.
  const std::string twice =
      scratch_file("twice.yaml", replace_once(kValidPlan, "name: Valid plan\n",
                                              "name: Valid plan\nfoo: 1\nstrategy:\n  foo: 2\n"));
  const auto dup = json::parse(run_plan({"check", "--format", "gitlab", twice}).out);
  std::set<std::string> dup_prints;
  for (const auto& issue : dup)
    dup_prints.insert(issue.at("fingerprint").get<std::string>());
  CHECK(dup_prints.size() == dup.size());

  // A line added above every finding moves them; their fingerprints stay.
  const std::string moved_path = scratch_file(
      "broken.yaml", "# a new first line\n" + read_file(source_path("examples/broken.yaml")));
  const std::string same_path =
      scratch_file("broken.yaml", read_file(source_path("examples/broken.yaml")));
  const std::string moved_dir = moved_path.substr(0, moved_path.rfind('/'));
  const std::string same_dir = same_path.substr(0, same_path.rfind('/'));
  const auto moved = json::parse(check_in_source("gitlab", {"broken.yaml"}, moved_dir).out);
  const auto same = json::parse(check_in_source("gitlab", {"broken.yaml"}, same_dir).out);
  REQUIRE(moved.size() == same.size());
  for (std::size_t i = 0; i < moved.size(); ++i) {
    CHECK(moved[i].at("fingerprint") == same[i].at("fingerprint"));
    CHECK(moved[i].at("location").at("lines").at("begin").get<int>() ==
          same[i].at("location").at("lines").at("begin").get<int>() + 1);
  }
}

TEST_CASE("ci formats: --help lists every format") {
  const Run help = run_plan({"check", "--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("text|json|github|sarif|junit|gitlab") != std::string::npos);
  const Run bad =
      run_plan({"check", "--format", "checkstyle", source_path("examples/broken.yaml")});
  CHECK(bad.exit_code == 2);
}

}  // namespace
}  // namespace plan::test::ci

// `plan rules` and `plan explain`: every rule in the table is documented, its
// example draws its finding and its fix does not, and docs/rules.md is what
// the binary prints.

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "plan/check/rule_table.hpp"
#include "plan/model/rule.hpp"
#include "render/findings_support.hpp"

namespace plan::test::ci {
namespace {

/// Every run of whitespace as one space, so that wrapped text compares with the source.
std::string squeeze(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ')
    out.pop_back();
  return out;
}

TEST_CASE("rule docs: the base plan for the examples is clean") {
  CHECK(check_yaml(kDocsBase).summary() == std::vector<std::string>{});
}

TEST_CASE("rule docs: every rule in the table is documented") {
  for (const Rule* rule : rule_table()) {
    CAPTURE(rule->name);
    CHECK(rule->summary.size() > 10);
    CHECK(rule->description.size() > 40);
    CHECK(rule->rationale.size() > 40);
    CHECK(rule->description.ends_with('.'));
    CHECK(rule->rationale.ends_with('.'));
    CHECK(rule->example.ends_with('\n'));
    CHECK(rule->fix.ends_with('\n'));
    CHECK(rule->example != rule->fix);
    CHECK(rule->points_at != "");
  }
}

TEST_CASE("rule docs: each example draws its rule's finding, its fix does not, nor any error") {
  for (const Rule* rule : rule_table()) {
    CAPTURE(rule->name);
    const std::string broken = set_into_base(rule->example);
    CAPTURE(broken);
    const Checked example = check_yaml(broken);
    CHECK_MESSAGE(!example.of(rule->name).empty(), "the example does not draw the rule");
    const std::string fixed = set_into_base(rule->fix);
    CAPTURE(fixed);
    const Checked fix = check_yaml(fixed);
    CHECK_MESSAGE(fix.of(rule->name).empty(), "the fix still draws the rule");
    CHECK_MESSAGE(fix.result.errors == 0, "the fix has errors");
  }
}

TEST_CASE("rule docs: `plan rules` prints the table, one rule a line") {
  const Run run = run_plan({"rules"});
  CHECK(run.exit_code == 0);
  CHECK(run.err == "");
  const auto lines = lines_of(run.out);
  REQUIRE(lines.size() == rule_table().size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Rule& rule = *rule_table()[i];
    CAPTURE(lines[i]);
    // The structural rules, which policy.rules cannot change, say so.
    CHECK(squeeze(lines[i]) == fmt::format("{} {} {}{}", rule.name, to_string(rule.severity),
                                           rule.structural ? "structural " : "",
                                           squeeze(rule.summary)));
    CHECK(lines[i].starts_with(std::string(rule.name) + " "));
  }
  // The summaries start in one column.
  std::set<std::size_t> columns;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    columns.insert(lines[i].find(std::string(rule_table()[i]->summary)));
  }
  CHECK(columns.size() == 1);
  const std::string out = temp_dir() + "/rules.txt";
  CHECK(run_plan({"rules", "-o", out}).exit_code == 0);
  CHECK(read_file(out) == run.out);
}

TEST_CASE("rule docs: `plan explain RULE` for every rule in the table") {
  for (const Rule* rule : rule_table()) {
    CAPTURE(rule->name);
    const Run run = run_plan({"explain", std::string(rule->name)});
    CHECK(run.exit_code == 0);
    CHECK(run.err == "");
    CHECK(run.out.starts_with(std::string(rule->name) + " (" +
                              std::string(to_string(rule->severity))));
    const std::string text = squeeze(run.out);
    CHECK(text.find(squeeze(rule->summary)) != std::string::npos);
    CHECK(text.find("What it checks " + squeeze(rule->description)) != std::string::npos);
    CHECK(text.find("Why it matters " + squeeze(rule->rationale)) != std::string::npos);
    // The example and the fix are printed as they are, indented.
    for (const std::string& line : lines_of(rule->example))
      CHECK(run.out.find("\n    " + line + "\n") != std::string::npos);
    for (const std::string& line : lines_of(rule->fix))
      CHECK(run.out.find("\n    " + line + "\n") != std::string::npos);
    CHECK(text.find(rule->structural ? "cannot change it" : "policy: {rules: {") !=
          std::string::npos);
    for (const std::string& line : lines_of(run.out))
      CHECK(line.size() <= 100);
  }
}

TEST_CASE("rule docs: `plan explain` says \"did you mean\" and exits 2 for an unknown rule") {
  const Run typo = run_plan({"explain", "idle-roll"});
  CHECK(typo.exit_code == 2);
  CHECK(typo.out == "");
  CHECK(typo.err ==
        "plan: error: unknown rule `idle-roll`; did you mean `idle-role`?\n"
        "run `plan rules` to see the rules\n");
  const Run unknown = run_plan({"explain", "overdue", "no-such-rule-at-all"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.out == "");
  CHECK(unknown.err.starts_with("plan: error: unknown rule `no-such-rule-at-all`\n"));
  const Run none = run_plan({"explain"});
  CHECK(none.exit_code == 2);
  CHECK(none.err.find("--all") != std::string::npos);
  CHECK(run_plan({"explain", "--all", "overdue"}).exit_code == 2);
  CHECK(run_plan({"explain", "--format", "html", "overdue"}).exit_code == 2);
}

TEST_CASE("rule docs: `plan explain` takes several rules, --all, Markdown and -o") {
  const Run two = run_plan({"explain", "overdue", "idle-role"});
  CHECK(two.exit_code == 0);
  CHECK(two.out ==
        run_plan({"explain", "overdue"}).out + "\n" + run_plan({"explain", "idle-role"}).out);
  const Run all = run_plan({"explain", "--all"});
  CHECK(all.exit_code == 0);
  for (const Rule* rule : rule_table()) {
    const std::string heading = std::string(rule->name) + " (";
    CHECK(("\n" + all.out).find("\n" + heading) != std::string::npos);
  }
  const Run md = run_plan({"explain", "--format", "markdown", "overdue"});
  CHECK(md.out.starts_with("## `overdue`\n"));
  CHECK(md.out.find("```yaml\n" + std::string(find_rule("overdue")->example) + "```\n") !=
        std::string::npos);
  const std::string out = temp_dir() + "/rules.md";
  CHECK(run_plan({"explain", "--all", "--format", "markdown", "-o", out}).exit_code == 0);
  CHECK(read_file(out) == run_plan({"explain", "--all", "--format", "markdown"}).out);
}

TEST_CASE("rule docs: docs/rules.md is `plan explain --all --format markdown`") {
  // PLAN_UPDATE_GOLDEN=1 rewrites it from the rules' files.
  const Run run = run_plan({"explain", "--all", "--format", "markdown"});
  REQUIRE(run.exit_code == 0);
  compare_with_golden("docs/rules.md", run.out);
  // Every rule has a section that the catalogue table links to.
  for (const Rule* rule : rule_table()) {
    CHECK(run.out.find("\n## `" + std::string(rule->name) + "`\n") != std::string::npos);
    CHECK(run.out.find("(#" + std::string(rule->name) + ")") != std::string::npos);
  }
}

}  // namespace
}  // namespace plan::test::ci

// The inputs of tests/data/fuzz/ (docs/fuzzing.md): what fuzzing found or
// kept as hard cases. Each file is named RULE-what.yaml and must, through the
// same path as fuzz/fuzz_plan.cpp and through the built binary, end in a
// finding of RULE, never in a crash, a hang or output that does not parse.

#include <algorithm>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "plan/check/check.hpp"
#include "plan/figures/pipeline.hpp"
#include "plan/figures/report.hpp"
#include "plan/figures/tasks.hpp"
#include "plan/render/findings.hpp"
#include "plan/render/pipeline.hpp"
#include "plan/render/report.hpp"
#include "plan/render/tasks.hpp"
#include "support/test_support.hpp"

namespace plan::test {
namespace {

std::vector<std::filesystem::path> fuzz_inputs() {
  std::vector<std::filesystem::path> inputs;
  for (const auto& entry : std::filesystem::directory_iterator(source_path("tests/data/fuzz"))) {
    if (entry.path().extension() == ".yaml") inputs.push_back(entry.path());
  }
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

/// The rule a file's name promises: `yaml-syntax-deep-flow.yaml` -> `yaml-syntax`.
std::string expected_rule(const std::filesystem::path& input) {
  const std::string name = input.stem().string();
  for (const std::string_view rule :
       {"yaml-syntax", "invalid-document", "unknown-key", "missing-field", "invalid-value",
        "invalid-date", "duplicate-key", "duplicate-id", "unknown-reference", "date-order",
        "dependency-cycle"}) {
    if (name.starts_with(rule)) return std::string(rule);
  }
  FAIL("tests/data/fuzz/" << name << ".yaml: the name does not start with a rule");
  return "";
}

bool is_json(const std::string& text) {
  return nlohmann::json::accept(text);
}

/// Every renderer the commands would call, as fuzz_plan calls them.
void render_everything(const SourceFile& source, const CheckedPlan& checked) {
  const FileResult file{source.path(), &source, &checked, std::nullopt};
  const std::span<const FileResult> files(&file, 1);
  CHECK(!render_text(file, {}).empty());
  CHECK(is_json(render_json(files)));
  CHECK(is_json(render_sarif(files)));
  CHECK(is_json(render_gitlab(files)));
  CHECK(!render_github(files).empty());
  CHECK(!render_junit(files).empty());
  if (checked.structural_errors || !checked.plan.today) return;
  const Date today = *checked.plan.today;
  TaskQuery query;
  query.statuses = *statuses_named("all");
  const TaskList tasks = list_tasks(checked.plan, query, today);
  render_tasks_text(tasks, false);
  render_tasks_markdown(tasks);
  render_tasks_csv(tasks);
  render_tasks_ics(tasks);
  render_tasks_ics_todo(tasks);
  CHECK(is_json(render_tasks_json(tasks)));
  const Report card = build_report(checked.plan, today);
  render_report_text(card, {});
  render_report_markdown(card);
  CHECK(is_json(render_report_json(card)));
  const Pipeline pipeline = build_pipeline(checked.plan, today);
  render_pipeline_text(pipeline, {});
  render_pipeline_markdown(pipeline);
  render_pipeline_csv(pipeline);
  CHECK(is_json(render_pipeline_json(pipeline)));
}

}  // namespace

TEST_CASE("fuzz regressions: each input ends in its rule's finding, every renderer copes") {
  const auto inputs = fuzz_inputs();
  CHECK(!inputs.empty());
  for (const auto& input : inputs) {
    const std::string path = input.string();
    CAPTURE(path);
    const SourceFile source(path, read_file(path));
    CheckOptions options;
    options.today = Date::from_ymd(2027, 3, 15);  // fuzz_plan's stand-in for the local date
    const CheckedPlan checked = check_plan(source, options);
    const std::string rule = expected_rule(input);
    CHECK(std::any_of(checked.findings.begin(), checked.findings.end(),
                      [&](const Finding& f) { return f.rule->name == rule; }));
    render_everything(source, checked);
  }
}

TEST_CASE("fuzz regressions: `plan check` exits 1 with findings and nothing on stderr") {
  for (const auto& input : fuzz_inputs()) {
    const std::string path = input.string();
    CAPTURE(path);
    const Run run = run_plan({"check", "--color", "never", "--as-of", "2027-03-15", path});
    CHECK(run.exit_code == 1);
    CHECK(run.err == "");
    CHECK(run.out.find("[" + expected_rule(input) + "]") != std::string::npos);
  }
}

}  // namespace plan::test

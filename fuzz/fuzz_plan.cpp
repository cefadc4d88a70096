// libFuzzer target: the path of the commands. Load and check the input, render
// it in every `check` format, and, when the plan is not refused (no structural
// finding), build and render the task lists, the accountability report and the
// pipeline in every format they have.
//
// Beyond the sanitizers it traps on broken promises: a finding outside the
// text, or a JSON output (json, gitlab, sarif, and the JSON of tasks, report
// and pipeline) that does not parse. The filtered and narrowed variants
// (--role, --person, --status, --split) are rendered in one format only: the
// renderers are the same, and the target's speed is what finds bugs.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

#include "json_oracle.hpp"
#include "plan/check/check.hpp"
#include "plan/figures/pipeline.hpp"
#include "plan/figures/report.hpp"
#include "plan/figures/tasks.hpp"
#include "plan/model/source.hpp"
#include "plan/render/findings.hpp"
#include "plan/render/pipeline.hpp"
#include "plan/render/report.hpp"
#include "plan/render/tasks.hpp"

namespace {

/// The local date stands in for a plan without `as_of`; fixed, so that a
/// reproducer replays the same way on any day.
const plan::Date kToday = *plan::Date::from_ymd(2027, 3, 15);

void require(bool promise) {
  if (!promise) __builtin_trap();
}

void require_json(const std::string& text) {
  require(plan::fuzz::is_json(text));
}

void check_formats(const plan::SourceFile& source, const plan::CheckedPlan& checked) {
  const plan::FileResult file{source.path(), &source, &checked, std::nullopt};
  const std::span<const plan::FileResult> files(&file, 1);
  for (const bool color : {false, true})
    plan::render_text(file, {.color = color, .quiet = false});
  require_json(plan::render_json(files));
  plan::render_github(files);
  require_json(plan::render_sarif(files));
  plan::render_junit(files);
  require_json(plan::render_gitlab(files));
}

void task_formats(const plan::TaskList& list) {
  plan::render_tasks_text(list, false);
  plan::render_tasks_text(list, true);
  plan::render_tasks_markdown(list);
  plan::render_tasks_csv(list);
  require_json(plan::render_tasks_json(list));
  plan::render_tasks_ics(list);
}

void tasks(const plan::Plan& plan, plan::Date today) {
  plan::TaskQuery query;  // the open tasks, every role: one format is enough
  plan::render_tasks_text(plan::list_tasks(plan, query, today), false);
  query.statuses = *plan::statuses_named("all");
  const plan::TaskList all = plan::list_tasks(plan, query, today);
  task_formats(all);
  for (const plan::ListedRole& role : all.roles)  // --split: one list per role
    plan::render_tasks_csv(all.only_role(role));
}

void report(const plan::Plan& plan, plan::Date today) {
  const plan::Report card = plan::build_report(plan, today);
  plan::render_report_text(card, {.color = false});
  plan::render_report_text(card, {.color = true});
  plan::render_report_markdown(card);
  require_json(plan::render_report_json(card));
  // --role and --person, in one format: the first role that has a person.
  for (const plan::RoleReport& role : card.roles) {
    for (const plan::PersonReport& person : role.people) {
      if (person.unassigned) continue;
      const plan::Report filtered =
          plan::build_report(plan, today, {.roles = {role.id}, .person = person.name});
      plan::render_report_text(filtered, {.color = false});
      return;
    }
  }
}

void pipeline(const plan::Plan& plan, plan::Date today) {
  const plan::Pipeline figures = plan::build_pipeline(plan, today);
  plan::render_pipeline_text(figures, {.color = false});
  plan::render_pipeline_text(figures, {.color = true});
  plan::render_pipeline_markdown(figures);
  plan::render_pipeline_csv(figures);
  require_json(plan::render_pipeline_json(figures));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const plan::SourceFile source("fuzz.yaml",
                                std::string(reinterpret_cast<const char*>(data), size));
  plan::CheckOptions options;
  options.today = kToday;
  const plan::CheckedPlan checked = plan::check_plan(source, options);  // load, check
  for (const plan::Finding& f : checked.findings) {
    require(f.span.begin <= f.span.end && f.span.end <= source.text().size());
    for (const plan::Note& n : f.notes)
      require(n.span.begin <= n.span.end && n.span.end <= source.text().size());
  }
  check_formats(source, checked);  // report

  // The other commands refuse a plan with structural findings (cli/open_plan.cpp).
  if (checked.structural_errors || !checked.plan.today) return 0;
  const plan::Date today = *checked.plan.today;
  tasks(checked.plan, today);
  report(checked.plan, today);
  pipeline(checked.plan, today);
  return 0;
}

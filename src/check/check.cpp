// check: load -> analyse -> run every rule -> apply the policy.

#include "plan/check/check.hpp"
#include "plan/check/finding_sink.hpp"
#include "plan/check/rule_table.hpp"

#include <algorithm>

#include "plan/load/load.hpp"
#include "plan/model/analyze.hpp"
#include "plan/model/rule.hpp"

namespace plan {

std::optional<Severity> effective_severity(const Rule& rule, const Policy& policy) {
  // A repeated rule name is a duplicate-key and never read, so at most one setting matches.
  for (const RuleSetting& setting : policy.rules) {
    if (setting.rule == rule.name) return setting.severity;
  }
  return rule.severity;
}

CheckedPlan check_plan(const SourceFile& source, const CheckOptions& options) {
  CheckedPlan result;
  LoadResult loaded = load_plan(source, rule_table());
  result.findings = std::move(loaded.findings);
  result.document_ok = loaded.document_ok;
  if (loaded.document_ok) {
    result.plan = std::move(loaded.plan);
    // The as-of date: --as-of, else the plan's `as_of` (unknown when invalid), else today.
    const bool plan_has_as_of = result.plan.as_of.present;
    analyze(result.plan, options.as_of    ? options.as_of
                         : plan_has_as_of ? std::nullopt
                                          : options.today);
    for (const Rule* rule : rule_table()) {
      if (!rule->check) continue;  // reported by the loader
      const auto severity = effective_severity(*rule, result.plan.policy);
      if (!severity) continue;  // turned off
      FindingSink sink(*rule, *severity, result.findings);
      rule->check(result.plan, sink);
    }
  }
  std::stable_sort(result.findings.begin(), result.findings.end(),
                   [](const Finding& a, const Finding& b) { return a.span.begin < b.span.begin; });
  for (const Finding& f : result.findings) {
    (f.severity == Severity::error ? result.errors : result.warnings)++;
    if (f.rule->structural) result.structural_errors = true;
  }
  return result;
}

}  // namespace plan

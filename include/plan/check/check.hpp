#pragma once
// check: load, analyse and run every rule over one file.

#include <optional>
#include <vector>

#include "plan/model/date.hpp"
#include "plan/model/finding.hpp"
#include "plan/model/model.hpp"
#include "plan/model/rule.hpp"
#include "plan/model/source.hpp"

namespace plan {

struct CheckOptions {
  std::optional<Date> as_of;  ///< --as-of; overrides the plan's `as_of`
  /// The local date, the as-of date when the plan has no `as_of`.
  /// Tests leave it empty so that nothing depends on the clock.
  std::optional<Date> today;
};

struct CheckedPlan {
  Plan plan;
  std::vector<Finding> findings;  ///< sorted by position, policy applied
  int errors = 0;
  int warnings = 0;
  /// False after `yaml-syntax` or `invalid-document`: the file is no plan
  /// document, that is its only finding, and no other rule ran.
  bool document_ok = true;
  /// A structural rule fired: commands other than `check` refuse the plan.
  bool structural_errors = false;
};

/// The severity policy.rules gives a rule: its default, another, or nothing
/// when it is turned off.
std::optional<Severity> effective_severity(const Rule& rule, const Policy& policy);

/// Loads and checks one plan file.
CheckedPlan check_plan(const SourceFile& source, const CheckOptions& options);

}  // namespace plan

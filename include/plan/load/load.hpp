#pragma once
// load: a plan file's text -> the typed model, with every structural finding.

#include <span>
#include <vector>

#include "plan/model/finding.hpp"
#include "plan/model/model.hpp"
#include "plan/model/source.hpp"

namespace plan {

struct LoadResult {
  Plan plan;
  std::vector<Finding> findings;  ///< structural findings, in the order found
  /// False after `yaml-syntax` or `invalid-document`: the file's only finding,
  /// and the plan is empty.
  bool document_ok = true;
};

/// Loads a plan. Collects every finding in one pass; never throws on bad input.
/// `rules` is the rule catalogue, which `ignore` and policy.rules name.
LoadResult load_plan(const SourceFile& source, std::span<const Rule* const> rules);

}  // namespace plan

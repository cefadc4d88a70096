#pragma once
// load: a plan file's text -> the typed model, with every structural finding.

#include <vector>

#include "plan/finding.hpp"
#include "plan/model.hpp"
#include "plan/source.hpp"

namespace plan {

struct LoadResult {
  Plan plan;
  std::vector<Finding> findings;  ///< structural findings, in the order found
  /// False after `yaml-syntax` or `invalid-document`: the file's only finding,
  /// and the plan is empty.
  bool document_ok = true;
};

/// Loads a plan. Collects every finding in one pass; never throws on bad input.
LoadResult load_plan(const SourceFile& source);

}  // namespace plan

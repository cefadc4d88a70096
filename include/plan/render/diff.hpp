#pragma once
// The renderers of `plan diff`, one per format. Each takes the figures of
// plan/review/diff.hpp and returns the whole document; only the command line
// writes it anywhere.

#include <string>
#include <vector>

#include "plan/review/diff.hpp"

namespace plan {

struct DiffRenderOptions {
  bool color = false;               ///< ANSI colours (text only)
  std::vector<ChangeKind> fail_on;  ///< `--fail-on`: these changes fail the review
  int slip_days = 0;                ///< `--slip-days`: slips of at most this many days pass
};

/// Aligned text for a terminal: the summary, then the changes by section.
std::string render_diff_text(const PlanDiff& diff, const DiffRenderOptions& options);

/// Markdown for a pull-request comment: a summary table, then the changes as
/// lists, grouped by section.
std::string render_diff_markdown(const PlanDiff& diff, const DiffRenderOptions& options);

/// One JSON object (schema/diff.schema.json).
std::string render_diff_json(const PlanDiff& diff, const DiffRenderOptions& options);

}  // namespace plan

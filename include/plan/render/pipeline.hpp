#pragma once
// The renderers of `plan pipeline`, one per format. Each takes the figures of
// plan/figures/pipeline.hpp and returns the whole document as a string; only
// the command line writes it anywhere.

#include <string>

#include "plan/figures/pipeline.hpp"

namespace plan {

struct PipelineTextOptions {
  bool color = false;  ///< ANSI colours for a terminal
};

/// Aligned text for a terminal.
std::string render_pipeline_text(const Pipeline& pipeline, const PipelineTextOptions& options);

/// GitHub-flavoured Markdown tables.
std::string render_pipeline_markdown(const Pipeline& pipeline);

/// RFC 4180 CSV, one record per deal, for a spreadsheet.
std::string render_pipeline_csv(const Pipeline& pipeline);

/// One JSON object with every figure; amounts are numbers in units (12.5), unknown is null.
std::string render_pipeline_json(const Pipeline& pipeline);

}  // namespace plan

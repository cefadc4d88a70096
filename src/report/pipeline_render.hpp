#pragma once
// report: the pipeline of `plan pipeline`, one renderer per format, and the
// amount and probability forms they share. Each renderer takes the figures of
// plan/pipeline.hpp and returns the whole text.

#include <string>

#include "plan/figures/pipeline.hpp"

namespace plan::report {

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

/// "Ana Ruiz (Salesperson)", the assignee or role alone, or "unowned".
std::string owner_label(const DealFigures& deal);

/// An amount for people: grouped digits, with two decimals when `with_cents`
/// (123456789 cents -> "1,234,567.89", or "1,234,568" without cents).
std::string money(Cents cents, bool with_cents);

/// An amount for programs: "1234567.89", always two decimals.
std::string plain_money(Cents cents);

/// A probability as a percentage to at most two decimals: 0.125 -> "12.5%".
std::string probability_percent(double probability);

}  // namespace plan::report

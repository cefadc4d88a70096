#pragma once
// The renderers of `plan report`, the accountability report, one per format.
// Each takes the figures of plan/figures/report.hpp and returns the whole
// document as a string; only the command line writes it anywhere.

#include <string>

#include "plan/figures/report.hpp"

namespace plan {

struct ReportTextOptions {
  bool color = false;  ///< ANSI colours for a terminal
};

/// Aligned text for a terminal.
std::string render_report_text(const Report& card, const ReportTextOptions& options);

/// GitHub-flavoured Markdown: headings and tables, for a pull request or a wiki page.
std::string render_report_markdown(const Report& card);

/// One JSON object with every figure; shares are fractions (0.5), "n/a" is null.
std::string render_report_json(const Report& card);

/// RFC 4180 CSV: one record per role and per person with the counts and
/// rates of "How am I doing?" (columns named as in the JSON).
std::string render_report_csv(const Report& card);

}  // namespace plan

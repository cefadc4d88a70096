#pragma once
// The renderers of `plan report`, the accountability report, one per format.
// Each takes the figures of plan/figures/scorecard.hpp and returns the whole
// document as a string; only the command line writes it anywhere.

#include <string>

#include "plan/figures/scorecard.hpp"

namespace plan {

struct ScorecardTextOptions {
  bool color = false;  ///< ANSI colours for a terminal
};

/// Aligned text for a terminal.
std::string render_scorecard_text(const Scorecard& card, const ScorecardTextOptions& options);

/// GitHub-flavoured Markdown: headings and tables, for a pull request or a wiki page.
std::string render_scorecard_markdown(const Scorecard& card);

/// One JSON object with every figure; shares are fractions (0.5), "n/a" is null.
std::string render_scorecard_json(const Scorecard& card);

/// RFC 4180 CSV: one record per role and per person with the counts and
/// rates of "How am I doing?" (columns named as in the JSON).
std::string render_scorecard_csv(const Scorecard& card);

}  // namespace plan

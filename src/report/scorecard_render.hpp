#pragma once
// report: the accountability report of `plan report`, one renderer per format.
// Each takes the figures of plan/scorecard.hpp and returns the whole text.

#include <string>

#include "plan/figures/scorecard.hpp"

namespace plan::report {

struct ScorecardTextOptions {
  bool color = false;  ///< ANSI colours for a terminal
};

/// Aligned text for a terminal.
std::string render_scorecard_text(const Scorecard& card, const ScorecardTextOptions& options);

/// GitHub-flavoured Markdown: headings and tables, for a pull request or a wiki page.
std::string render_scorecard_markdown(const Scorecard& card);

/// One JSON object with every figure; shares are fractions (0.5), "n/a" is null.
std::string render_scorecard_json(const Scorecard& card);

}  // namespace plan::report

#pragma once
// The HTML pages of `plan report --format html` and `plan pipeline --format
// html`: one self-contained HTML5 file each (inline CSS and SVG, no script, no
// network request), readable on screen and on paper. They draw the figures of
// the other formats; only the command line writes them anywhere.

#include <string>
#include <string_view>
#include <vector>

#include "plan/figures/pipeline.hpp"
#include "plan/figures/report.hpp"
#include "plan/figures/timeline.hpp"
#include "plan/model/finding.hpp"

namespace plan {

/// A finding of the plan as the page lists it.
struct PageFinding {
  int line = 0;
  int column = 0;
  Severity severity = Severity::warning;
  std::string rule;
  std::string message;
};

/// Everything the HTML report shows: the accountability report, the
/// timeline, the pipeline and the plan's findings.
struct ReportPage {
  std::string file;  ///< the plan's path as given
  Report card;
  Timeline timeline;
  Pipeline pipeline;
  std::vector<PageFinding> findings;  ///< in file order
};

/// The accountability report as one HTML page.
std::string render_report_html(const ReportPage& page);
/// The pipeline as one HTML page.
std::string render_pipeline_html(const Pipeline& pipeline);

}  // namespace plan

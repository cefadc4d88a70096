#pragma once
// The renderers of `plan timeline`, one per format. Each takes the figures of
// plan/figures/timeline.hpp and returns the whole document as a string; only
// the command line writes it anywhere.

#include <string>

#include "plan/figures/timeline.hpp"

namespace plan {

/// The narrowest text timeline, in columns.
inline constexpr int kTimelineMinWidth = 60;

struct TimelineTextOptions {
  int width = 100;     ///< columns, at least kTimelineMinWidth
  bool color = false;  ///< ANSI colours for a terminal
};

/// A Gantt chart for a terminal: month ruler, one line per tactic, legend.
std::string render_timeline_text(const Timeline& timeline, const TimelineTextOptions& options);
/// One self-contained SVG 1.1 document: no script, no external font, image or stylesheet.
std::string render_timeline_svg(const Timeline& timeline);
/// A Mermaid `gantt` block (without the Markdown fence) for GitHub and GitLab.
std::string render_timeline_mermaid(const Timeline& timeline);

}  // namespace plan

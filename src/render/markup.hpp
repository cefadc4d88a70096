#pragma once
// The markup toolkit of the SVG and HTML renderers: text from a plan made
// safe inside an element or a quoted attribute, and the parts every HTML
// page shares (the page shell and its style sheet, a meter).

#include <iterator>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace plan::render {

/// `text` with `&`, `<`, `>`, `"` and `'` escaped and each control character
/// (which XML 1.0 forbids) turned into a space: safe as element content and
/// as a quoted attribute value, in HTML and in SVG.
std::string escape_markup(std::string_view text);

}  // namespace plan::render

#include "plan/figures/accountability.hpp"

namespace plan {
struct Pipeline;
}

namespace plan::render {

/// A standing as an attribute value or a class name: "behind-pace".
std::string standing_token(Standing standing);

/// Formats onto the end of `out`.
template <class... Args>
void append(std::string& out, fmt::format_string<Args...> format, Args&&... args) {
  fmt::format_to(std::back_inserter(out), format, std::forward<Args>(args)...);
}

/// The start of a self-contained HTML5 page: the doctype, the head with its
/// inline style sheet (for screen and print) and `<body>`.
std::string html_page_start(std::string_view title);
/// `</body></html>`.
std::string html_page_end();
/// A horizontal bar of `share` (0 to 1) with its words beside it, drawn by CSS.
std::string html_meter(double share, std::string_view words, std::string_view tone = "");
/// The pipeline's sections: funnel by stage, forecast, stalled deals, owners
/// (shared by the report page and the pipeline page).
std::string html_pipeline_sections(const Pipeline& pipeline);

}  // namespace plan::render

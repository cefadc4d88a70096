#pragma once
// The markup toolkit of the SVG and HTML renderers: text from a plan made
// safe inside an element or a quoted attribute.

#include <string>
#include <string_view>

namespace plan::report {

/// `text` with `&`, `<`, `>`, `"` and `'` escaped and each control character
/// (which XML 1.0 forbids) turned into a space: safe as element content and
/// as a quoted attribute value, in HTML and in SVG.
std::string escape_markup(std::string_view text);

}  // namespace plan::report

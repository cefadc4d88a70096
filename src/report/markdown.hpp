#pragma once
// The Markdown toolkit every Markdown renderer shares (GitHub-flavoured).

#include <string>
#include <string_view>
#include <vector>

namespace plan::report {

/// Plan text inside a table cell or a heading: `|` escaped (it would end the
/// cell), line breaks turned into spaces. Code spans stay readable.
std::string markdown_cell(std::string_view text);

/// Plan text in running prose: the characters GitHub would read as markup
/// are backslash-escaped, and line breaks and tabs become spaces.
std::string markdown_text(std::string_view text);

/// An id as a code span: `id`.
std::string markdown_code(std::string_view id);

/// A Markdown table with a header row; `right_aligned` columns get `---:`.
/// Every cell goes through `markdown_cell`.
std::string markdown_table(const std::vector<std::string>& header,
                           const std::vector<std::vector<std::string>>& rows,
                           const std::vector<bool>& right_aligned = {});

}  // namespace plan::report

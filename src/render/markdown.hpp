#pragma once
// The Markdown toolkit every Markdown renderer shares (GitHub-flavoured).
//
// Two escapes, because a table cell and prose hold different things. A cell
// is often Markdown already (a code span from markdown_code), so
// markdown_cell only keeps the table whole: `|` would end the cell and a line
// break the row. Prose is plain plan text, so markdown_text escapes every
// character GitHub reads as markup, `|` included. One escape for both would
// either break the code spans in cells or let plan text in prose turn into
// markup, and would change the documents the reports write today.

#include <string>
#include <string_view>
#include <vector>

namespace plan::render {

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

}  // namespace plan::render

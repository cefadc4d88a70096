#pragma once
// Building blocks every renderer shares: aligned text tables (widths in
// characters, not bytes), Markdown table cells, RFC 4180 CSV fields, and
// percentages. Renderers for different formats share these, never each
// other's strings.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plan::report {

/// Whether a character would break a line or drive a terminal: the C0
/// controls (line breaks, tabs, escape) and DEL.
inline bool is_control(char c) {
  return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
}

/// Whether `text` holds a control character.
bool has_control(std::string_view text);

/// `text` with each control character turned into a space: a name from a plan
/// stays on its line and cannot send escape sequences to the terminal.
std::string one_line(std::string_view text);

/// Display width of UTF-8 text: one column per character.
std::size_t display_width(std::string_view text);

/// A text table: rows of cells, printed with each column padded to its widest
/// cell. Columns listed in `right_aligned` are padded on the left (numbers).
class TextTable {
 public:
  explicit TextTable(std::vector<bool> right_aligned = {}) : right_(std::move(right_aligned)) {}
  void add_row(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  bool empty() const { return rows_.empty(); }
  /// Each row on its own line, prefixed by `indent`, cells separated by two spaces,
  /// without trailing blanks.
  std::string render(std::string_view indent = "") const;

 private:
  std::vector<bool> right_;
  std::vector<std::vector<std::string>> rows_;
};

/// A Markdown table cell: pipes escaped, line breaks turned into spaces.
std::string markdown_cell(std::string_view text);

/// A Markdown table with a header row; `right_aligned` columns get `---:`.
std::string markdown_table(const std::vector<std::string>& header,
                           const std::vector<std::vector<std::string>>& rows,
                           const std::vector<bool>& right_aligned = {});

/// An RFC 4180 field: quoted when it holds a comma, a quote, CR or LF (quotes doubled).
std::string csv_field(std::string_view text);

/// A CSV record: fields joined with commas, ended with CRLF.
std::string csv_record(const std::vector<std::string>& fields);

/// Digits grouped by thousands: "1234567" -> "1,234,567".
std::string group_thousands(std::string_view digits);

/// `text`, or "-" when it is empty.
inline std::string or_dash(const std::string& text) {
  return text.empty() ? "-" : text;
}

/// "1 day", "2 days": a count with its noun, plural unless it is 1 or -1.
std::string count_noun(long long n, std::string_view noun);

/// "42%" (rounded), or "n/a" when there is no figure.
std::string percent(std::optional<double> share);

/// A number as people write it: 12000000 -> "12,000,000"; fractions to at
/// most `decimals` places, trailing zeros dropped.
std::string format_number(double value, int decimals = 2);

}  // namespace plan::report

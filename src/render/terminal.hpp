#pragma once
// The terminal toolkit every text renderer shares: one palette of ANSI
// styles (or none), painting text and table lines, control characters made
// safe, display widths, and aligned tables. A renderer names the style of
// each thing it shows; the escape sequences live here only.

#include <string>
#include <string_view>
#include <vector>

namespace plan::render {

/// The styles a renderer may paint with; every field is empty when colour is off.
struct Palette {
  std::string_view bold, dim, red, green, yellow, magenta;
  std::string_view bold_red, bold_green, bold_magenta, bold_cyan;
  std::string_view reset;
};

/// The ANSI palette when `color`, else the empty one.
const Palette& palette(bool color);

/// `text` in `style`, then reset; `text` alone when the style is empty.
std::string paint(std::string_view style, std::string_view text, const Palette& p);

/// Each line of `lines` (a rendered table) painted in its style in `styles`,
/// none when the style is empty or missing. Styles go on after alignment, so
/// the widths stay right.
std::string paint_lines(std::string_view lines, const std::vector<std::string_view>& styles,
                        const Palette& p);

/// Whether a character would break a line or drive a terminal: the C0
/// controls (line breaks, tabs, escape) and DEL.
inline bool is_control(char c) {
  return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
}

/// `text` with each control character turned into a space: a name from a plan
/// stays on its line and cannot send escape sequences to the terminal.
std::string one_line(std::string_view text);

/// Display width of UTF-8 text: one column per character.
std::size_t display_width(std::string_view text);

/// A text table: rows of cells, printed with each column padded to its widest
/// cell. Columns listed in `right_aligned` are padded on the left (numbers).
/// Cells are made safe (`one_line`) as they are added.
class TextTable {
 public:
  explicit TextTable(std::vector<bool> right_aligned = {}) : right_(std::move(right_aligned)) {}
  void add_row(std::vector<std::string> cells);
  bool empty() const { return rows_.empty(); }
  /// Each row on its own line, prefixed by `indent`, cells separated by two spaces,
  /// without trailing blanks.
  std::string render(std::string_view indent = "") const;

 private:
  std::vector<bool> right_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace plan::render

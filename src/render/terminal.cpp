#include "render/terminal.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "support/utf8.hpp"

namespace plan::render {
namespace {

constexpr Palette kColor{.bold = "\x1b[1m",
                         .dim = "\x1b[2m",
                         .red = "\x1b[31m",
                         .green = "\x1b[32m",
                         .yellow = "\x1b[33m",
                         .magenta = "\x1b[35m",
                         .bold_red = "\x1b[1;31m",
                         .bold_green = "\x1b[1;32m",
                         .bold_magenta = "\x1b[1;35m",
                         .bold_cyan = "\x1b[1;36m",
                         .reset = "\x1b[0m"};
constexpr Palette kPlain{};

}  // namespace

const Palette& palette(bool color) {
  return color ? kColor : kPlain;
}

std::string paint(std::string_view style, std::string_view text, const Palette& p) {
  if (style.empty()) return std::string(text);
  return fmt::format("{}{}{}", style, text, p.reset);
}

std::string paint_lines(std::string_view lines, const std::vector<std::string_view>& styles,
                        const Palette& p) {
  std::string out;
  std::size_t begin = 0;
  for (std::size_t line = 0; begin < lines.size(); ++line) {
    const std::size_t end = lines.find('\n', begin);
    out += paint(line < styles.size() ? styles[line] : "", lines.substr(begin, end - begin), p);
    out += '\n';
    begin = end + 1;
  }
  return out;
}

std::string one_line(std::string_view text) {
  std::string out(text);
  std::replace_if(out.begin(), out.end(), is_control, ' ');
  return out;
}

std::size_t display_width(std::string_view text) {
  return utf8::count_characters(text);
}

void TextTable::add_row(std::vector<std::string> cells) {
  for (std::string& cell : cells) {
    if (std::any_of(cell.begin(), cell.end(), is_control)) cell = one_line(cell);
  }
  rows_.push_back(std::move(cells));
}

std::string TextTable::render(std::string_view indent) const {
  std::vector<std::size_t> widths;
  for (const auto& row : rows_) {
    if (widths.size() < row.size()) widths.resize(row.size(), 0);
    for (std::size_t i = 0; i < row.size(); ++i) {
      widths[i] = std::max(widths[i], display_width(row[i]));
    }
  }
  std::string out;
  for (const auto& row : rows_) {
    std::string line(indent);
    for (std::size_t i = 0; i < row.size(); ++i) {
      const std::size_t pad = widths[i] - display_width(row[i]);
      const bool right = i < right_.size() && right_[i];
      if (i > 0) line += "  ";
      if (right) line.append(pad, ' ');
      line += row[i];
      if (!right) line.append(pad, ' ');
    }
    while (!line.empty() && line.back() == ' ')
      line.pop_back();
    out += line;
    out += '\n';
  }
  return out;
}

}  // namespace plan::render

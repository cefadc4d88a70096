#include "render/markdown.hpp"

#include <fmt/format.h>

namespace plan::render {

std::string markdown_cell(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string markdown_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
      continue;
    }
    if (std::string_view("\\`*_[]<>~&$|#").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string markdown_code(std::string_view id) {
  return fmt::format("`{}`", id);
}

std::string markdown_table(const std::vector<std::string>& header,
                           const std::vector<std::vector<std::string>>& rows,
                           const std::vector<bool>& right_aligned) {
  const auto line = [](const std::vector<std::string>& cells) {
    std::string out = "|";
    for (const auto& c : cells)
      out += " " + markdown_cell(c) + " |";
    return out + "\n";
  };
  std::string out = line(header);
  out += "|";
  for (std::size_t i = 0; i < header.size(); ++i) {
    out += i < right_aligned.size() && right_aligned[i] ? " ---: |" : " --- |";
  }
  out += "\n";
  for (const auto& row : rows)
    out += line(row);
  return out;
}

}  // namespace plan::render

#include "render/findings/lines.hpp"

#include <fmt/format.h>

namespace plan::render {

std::string finding_line(std::string_view path, const Location& at, const Finding& f,
                         std::string_view message, const Palette& p) {
  const std::string_view severity_style =
      f.severity == Severity::error ? p.bold_red : p.bold_magenta;
  return fmt::format("{}{}:{}:{}:{} {}{}:{} {}{}{} {}[{}]{}", p.bold, path, at.begin.line,
                     at.begin.column, p.reset, severity_style, to_string(f.severity), p.reset,
                     p.bold, message, p.reset, p.dim, f.rule->name, p.reset);
}

std::string note_line(std::string_view path, const Location& at, std::string_view message,
                      const Palette& p) {
  return fmt::format("{}{}:{}:{}:{} {}note:{} {}", p.bold, path, at.begin.line, at.begin.column,
                     p.reset, p.bold_cyan, p.reset, message);
}

}  // namespace plan::render

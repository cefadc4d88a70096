// GitHub Actions workflow commands, one line per finding, so that each one
// shows as an annotation on the line of the pull request that caused it:
//   ::error file=plan.yaml,line=23,col=8,endLine=23,endColumn=18,title=tactical-horizon::the ...
// Escaping follows @actions/core: `%`, CR and LF in the message; `:` and `,`
// too in property values.

#include <fmt/format.h>

#include "plan/render/findings.hpp"
#include "render/findings/lines.hpp"

namespace plan {
namespace {

std::string escape_data(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string escape_property(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : escape_data(text)) {
    switch (c) {
      case ':':
        out += "%3A";
        break;
      case ',':
        out += "%2C";
        break;
      default:
        out += c;
    }
  }
  return out;
}

/// The message, then each note on a line of its own (LF is escaped).
std::string message_with_notes(const FileResult& file, const Finding& f) {
  std::string text = f.message;
  for (const Note& n : f.notes) {
    const Location at = locate(*file.source, n.span);
    text += "\n" + render::note_line(file.path, at, n.message, render::palette(false));
  }
  return text;
}

}  // namespace

std::string render_github(std::span<const FileResult> files) {
  std::string out;
  for (const FileResult& file : files) {
    const std::string path = escape_property(file.path);
    if (!file.checked) {
      out += fmt::format("::error file={},title=unreadable::{}\n", path,
                         escape_data(fmt::format("cannot read `{}`: {}", file.path,
                                                 file.read_error.value_or("unreadable"))));
      continue;
    }
    for (const Finding& f : file.checked->findings) {
      const Location at = locate(*file.source, f.span);
      out += fmt::format("::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                         f.severity == Severity::error ? "error" : "warning", path, at.begin.line,
                         at.begin.column, at.end.line, at.end.column, escape_property(f.rule->name),
                         escape_data(message_with_notes(file, f)));
    }
  }
  return out;
}

}  // namespace plan

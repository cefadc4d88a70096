// Text findings, as a compiler prints them:
//   plan.yaml:23:8: error: the tactical plan spans 20 months; ... [tactical-horizon]
//      23 |   end: 2028-08-31
//         |        ^~~~~~~~~~

#include <fmt/format.h>

#include "plan/report.hpp"
#include "report/table.hpp"

namespace plan {
namespace {

struct Palette {
  std::string_view bold, error, warning, note, caret, dim, reset;
};

constexpr Palette kColor{"\x1b[1m",    "\x1b[1;31m", "\x1b[1;35m", "\x1b[1;36m",
                         "\x1b[1;32m", "\x1b[2m",    "\x1b[0m"};
constexpr Palette kPlain{"", "", "", "", "", "", ""};

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

/// The source line and a caret under [begin, end) of that line.
void render_excerpt(std::string& out, const SourceFile& source, const Location& at,
                    const Palette& p) {
  const std::string_view line = source.line_text(at.begin.line);
  // Control characters (tabs included) show as spaces: one column each, so the caret lines up.
  out += fmt::format("{:>5} | {}\n      | ", at.begin.line, report::one_line(line));
  std::uint32_t column = 1;
  std::size_t i = 0;
  for (; i < line.size() && column < at.begin.column; ++i) {
    if (is_continuation_byte(line[i])) continue;
    out += ' ';
    ++column;
  }
  const std::uint32_t last = at.end.line == at.begin.line
                                 ? at.end.column
                                 : column + static_cast<std::uint32_t>(line.size() - i);
  out += p.caret;
  out += '^';
  for (std::uint32_t c = column + 1; c < last; ++c)
    out += '~';
  out += p.reset;
  out += '\n';
}

std::string plural(int n, std::string_view noun) {
  return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s");
}

}  // namespace

std::string render_text(const FileResult& file, const TextOptions& options) {
  const Palette& p = options.color ? kColor : kPlain;
  std::string out;
  if (!file.checked) return out;
  const SourceFile& source = *file.source;
  for (const Finding& f : file.checked->findings) {
    const Location at = locate(source, f.span);
    const bool error = f.severity == Severity::error;
    out += fmt::format("{}{}:{}:{}:{} {}{}:{} {}{}{} {}[{}]{}\n", p.bold, file.path, at.begin.line,
                       at.begin.column, p.reset, error ? p.error : p.warning, to_string(f.severity),
                       p.reset, p.bold, report::one_line(f.message), p.reset, p.dim, f.rule->name,
                       p.reset);
    render_excerpt(out, source, at, p);
    for (const Note& n : f.notes) {
      const Location note_at = locate(source, n.span);
      out +=
          fmt::format("{}{}:{}:{}:{} {}note:{} {}\n", p.bold, file.path, note_at.begin.line,
                      note_at.begin.column, p.reset, p.note, p.reset, report::one_line(n.message));
      render_excerpt(out, source, note_at, p);
    }
  }
  if (options.quiet) return out;
  const CheckedPlan& c = *file.checked;
  if (c.errors == 0 && c.warnings == 0) {
    const Plan& plan = c.plan;
    out += fmt::format("{}: {}ok{} — {}, {}, {}\n", file.path, p.caret, p.reset,
                       plural(static_cast<int>(plan.tactical_plan.tactics.items.size()), "tactic"),
                       plural(static_cast<int>(plan.roles.items.size()), "role"),
                       plural(static_cast<int>(plan.process.stages.items.size()), "stage"));
  } else {
    out += fmt::format("{}: {}, {}\n", file.path, plural(c.errors, "error"),
                       plural(c.warnings, "warning"));
  }
  return out;
}

}  // namespace plan

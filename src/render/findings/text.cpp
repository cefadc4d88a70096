// Text findings, as a compiler prints them:
//   plan.yaml:23:8: error: the tactical plan spans 20 months; ... [tactical-horizon]
//      23 |   end: 2028-08-31
//         |        ^~~~~~~~~~

#include <fmt/format.h>

#include "plan/render/findings.hpp"
#include "render/findings/lines.hpp"
#include "render/numbers.hpp"
#include "render/terminal.hpp"
#include "support/utf8.hpp"

namespace plan {
namespace {

/// A source line as quoted under a finding: a tab shows as `→`, other control
/// characters as spaces, each one column, so the caret lines up.
std::string excerpt_text(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (const char c : line) {
    if (c == '\t') {
      out += "→";
    } else {
      out += c;
    }
  }
  return render::one_line(out);
}

/// The source line and a caret under [begin, end) of that line.
void render_excerpt(std::string& out, const SourceFile& source, const Location& at,
                    const render::Palette& p) {
  const std::string_view line = source.line_text(at.begin.line);
  out += fmt::format("{:>5} | {}\n      | ", at.begin.line, excerpt_text(line));
  std::uint32_t column = 1;
  std::size_t i = 0;
  for (; i < line.size() && column < at.begin.column; ++i) {
    if (utf8::is_continuation(line[i])) continue;
    out += ' ';
    ++column;
  }
  const std::uint32_t last = at.end.line == at.begin.line
                                 ? at.end.column
                                 : column + static_cast<std::uint32_t>(line.size() - i);
  out += p.bold_green;
  out += '^';
  for (std::uint32_t c = column + 1; c < last; ++c)
    out += '~';
  out += p.reset;
  out += '\n';
}

}  // namespace

std::string render_text(const FileResult& file, const TextOptions& options) {
  const render::Palette& p = render::palette(options.color);
  std::string out;
  if (!file.checked) return out;
  const SourceFile& source = *file.source;
  for (const Finding& f : file.checked->findings) {
    const Location at = locate(source, f.span);
    out += render::finding_line(file.path, at, f, render::one_line(f.message), p) + "\n";
    render_excerpt(out, source, at, p);
    for (const Note& n : f.notes) {
      const Location note_at = locate(source, n.span);
      out += render::note_line(file.path, note_at, render::one_line(n.message), p) + "\n";
      render_excerpt(out, source, note_at, p);
    }
  }
  if (options.quiet) return out;
  const CheckedPlan& c = *file.checked;
  if (c.errors == 0 && c.warnings == 0) {
    const Plan& plan = c.plan;
    out += fmt::format(
        "{}: {}ok{} — {}, {}, {}\n", file.path, p.bold_green, p.reset,
        render::count_noun(static_cast<int>(plan.tactical_plan.tactics.items.size()), "tactic"),
        render::count_noun(static_cast<int>(plan.roles.items.size()), "role"),
        render::count_noun(static_cast<int>(plan.process.stages.items.size()), "stage"));
  } else {
    out += fmt::format("{}: {}, {}\n", file.path, render::count_noun(c.errors, "error"),
                       render::count_noun(c.warnings, "warning"));
  }
  return out;
}

}  // namespace plan

// `plan diff --format text`: the summary before → after, then one line per
// change, grouped by section.

#include <fmt/format.h>

#include "plan/render/diff.hpp"
#include "render/diff/lines.hpp"
#include "render/money.hpp"
#include "render/numbers.hpp"
#include "render/terminal.hpp"

namespace plan {
namespace {

std::string plain(std::string_view text) {
  return render::one_line(text);
}

std::string as_of(const DiffSummary& s) {
  return s.as_of ? format_date(*s.as_of) : "unknown";
}

/// The summary as a table: one row per figure, before and after.
std::string summary_table(const PlanDiff& d) {
  render::TextTable table({false, true, true});
  const auto row = [&](std::string name, std::string before, std::string after) {
    table.add_row({std::move(name), std::move(before), std::move(after)});
  };
  const Tally& a = d.before.tactics;
  const Tally& b = d.after.tactics;
  row("", "before", "after");
  row("tactics", fmt::format("{}", a.total), fmt::format("{}", b.total));
  row("  done", fmt::format("{}", a.done), fmt::format("{}", b.done));
  row("  overdue", fmt::format("{}", a.overdue), fmt::format("{}", b.overdue));
  row("  blocked", fmt::format("{}", a.blocked), fmt::format("{}", b.blocked));
  row("  behind pace", fmt::format("{}", a.behind_pace), fmt::format("{}", b.behind_pace));
  row("  on track", fmt::format("{}", a.on_track), fmt::format("{}", b.on_track));
  row("completion", render::percent(a.completion()), render::percent(b.completion()));
  row("on-time rate", render::percent(a.on_time_rate()), render::percent(b.on_time_rate()));
  const bool cents = d.before.pipeline % 100 != 0 || d.after.pipeline % 100 != 0 ||
                     d.before.forecast % 100 != 0 || d.after.forecast % 100 != 0;
  row("pipeline value", render::money(d.before.pipeline, cents),
      render::money(d.after.pipeline, cents));
  row("weighted forecast", render::money(d.before.forecast, cents),
      render::money(d.after.forecast, cents));
  return table.render("  ");
}

}  // namespace

std::string render_diff_text(const PlanDiff& d, const DiffRenderOptions& options) {
  const render::Palette& p = render::palette(options.color);
  std::string out = render::paint(
      p.bold, fmt::format("plan diff: {} → {}", plain(d.old_path), plain(d.new_path)), p);
  out += fmt::format("\nas of {} → {}\n\n", as_of(d.before), as_of(d.after));
  out += summary_table(d);
  out += '\n';
  if (d.changes.empty()) {
    out += "no changes\n";
    return out;
  }
  out +=
      fmt::format("{}\n", render::count_noun(static_cast<long long>(d.changes.size()), "change"));
  std::size_t kind_width = 0;
  for (const Change& c : d.changes)
    kind_width = std::max(kind_width, to_string(c.kind).size());
  int failing = 0;
  for (std::size_t i = 0; i < d.changes.size(); ++i) {
    const Change& c = d.changes[i];
    if (i == 0 || d.changes[i - 1].section != c.section) {
      out += render::paint(p.bold, render::section_title(c.section), p) + '\n';
    }
    const bool fail = fails(c, options.fail_on, options.slip_days);
    failing += fail ? 1 : 0;
    const std::string_view style = fail                                ? p.bold_red
                                   : c.kind == ChangeKind::fixed       ? p.green
                                   : c.kind == ChangeKind::new_warning ? p.yellow
                                   : c.kind == ChangeKind::new_error   ? p.red
                                                                       : std::string_view();
    const std::string kind = fmt::format("{:<{}}", to_string(c.kind), kind_width);
    out += fmt::format("  {}  {}\n", render::paint(style, kind, p),
                       plain(render::describe_change(c, plain)));
  }
  if (failing > 0) {
    out += '\n' +
           render::paint(
               p.bold_red,
               fmt::format("{} fail the review (--fail-on)", render::count_noun(failing, "change")),
               p) +
           '\n';
  }
  return out;
}

}  // namespace plan

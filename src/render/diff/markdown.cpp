// `plan diff --format markdown`: a pull-request comment. A summary table
// before → after, then the changes as lists under a heading per section.

#include <fmt/format.h>

#include "plan/render/diff.hpp"
#include "render/diff/lines.hpp"
#include "render/markdown.hpp"
#include "render/money.hpp"
#include "render/numbers.hpp"

namespace plan {
namespace {

std::string code(std::string_view text) {
  return render::markdown_code(text);
}

}  // namespace

std::string render_diff_markdown(const PlanDiff& d, const DiffRenderOptions& options) {
  std::string out = fmt::format("### Plan review: {}\n\n", code(d.new_path));
  const Tally& a = d.before.tactics;
  const Tally& b = d.after.tactics;
  const auto count = [](int n) { return fmt::format("{}", n); };
  const bool cents = d.before.pipeline % 100 != 0 || d.after.pipeline % 100 != 0 ||
                     d.before.forecast % 100 != 0 || d.after.forecast % 100 != 0;
  const std::vector<std::vector<std::string>> rows = {
      {"as of", d.before.as_of ? format_date(*d.before.as_of) : "unknown",
       d.after.as_of ? format_date(*d.after.as_of) : "unknown"},
      {"tactics", count(a.total), count(b.total)},
      {"done", count(a.done), count(b.done)},
      {"overdue", count(a.overdue), count(b.overdue)},
      {"blocked", count(a.blocked), count(b.blocked)},
      {"behind pace", count(a.behind_pace), count(b.behind_pace)},
      {"on track", count(a.on_track), count(b.on_track)},
      {"completion", render::percent(a.completion()), render::percent(b.completion())},
      {"on-time rate", render::percent(a.on_time_rate()), render::percent(b.on_time_rate())},
      {"pipeline value", render::money(d.before.pipeline, cents),
       render::money(d.after.pipeline, cents)},
      {"weighted forecast", render::money(d.before.forecast, cents),
       render::money(d.after.forecast, cents)},
  };
  std::vector<std::vector<std::string>> table;
  table.reserve(rows.size());
  for (const auto& r : rows)  // what changed stands out
    table.push_back({r[0], r[1], r[1] == r[2] ? r[2] : fmt::format("**{}**", r[2])});
  out += render::markdown_table({"", "before", "after"}, table, {false, true, true});
  out += '\n';
  if (d.changes.empty()) {
    out += "No changes.\n";
    return out;
  }
  int failing = 0;
  for (const Change& c : d.changes)
    failing += fails(c, options.fail_on, options.slip_days) ? 1 : 0;
  out += fmt::format("**{}**{}\n",
                     render::count_noun(static_cast<long long>(d.changes.size()), "change"),
                     failing > 0 ? fmt::format(", {} that fail the review", failing) : "");
  for (std::size_t i = 0; i < d.changes.size(); ++i) {
    const Change& c = d.changes[i];
    if (i == 0 || d.changes[i - 1].section != c.section) {
      out += fmt::format("\n#### {}\n\n", render::section_title(c.section));
    }
    const bool fail = fails(c, options.fail_on, options.slip_days);
    out += fmt::format("- {}**{}** {}\n", fail ? "❌ " : "", to_string(c.kind),
                       render::markdown_cell(render::describe_change(c, code)));
  }
  return out;
}

}  // namespace plan

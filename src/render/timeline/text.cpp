// `plan timeline` as a Gantt chart for a terminal: a ruler of months with the
// year where it changes, then per role one line per tactic (id, bar, due
// date, standing), then a legend. Standings differ by glyph, and by colour on
// a terminal.

#include <algorithm>
#include <string_view>

#include <fmt/format.h>

#include "plan/render/timeline.hpp"
#include "render/terminal.hpp"
#include "render/timeline/axis.hpp"

namespace plan::render {
namespace {

constexpr std::string_view kMilestone = "◆";
constexpr std::string_view kAsOf = "┊";
constexpr std::string_view kCutStart = "<";
constexpr std::string_view kCutEnd = ">";
/// " 2027-12-17 behind pace": what follows each bar.
constexpr int kSuffixWidth = 1 + 10 + 1 + 11;
constexpr int kMaxLabelWidth = 24;

std::string_view glyph(Standing s) {
  switch (s) {
    case Standing::done:
      return "█";
    case Standing::overdue:
      return "!";
    case Standing::blocked:
      return "░";
    case Standing::behind_pace:
      return "▒";
    case Standing::on_track:
      return "▓";
  }
  return "▓";
}

std::string_view style(const Palette& p, Standing s) {
  switch (s) {
    case Standing::done:
      return p.green;
    case Standing::overdue:
      return p.bold_red;
    case Standing::blocked:
      return p.magenta;
    case Standing::behind_pace:
      return p.yellow;
    case Standing::on_track:
      return p.bold_cyan;
  }
  return "";
}

/// `text` cut to `width` columns, ending in "…" when cut, then padded.
std::string fit(std::string_view text, std::size_t width) {
  const std::string safe = one_line(text);
  std::string out;
  std::size_t columns = 0;
  const std::size_t total = display_width(safe);
  for (std::size_t i = 0; i < safe.size();) {
    std::size_t len = 1;
    while (i + len < safe.size() && (static_cast<unsigned char>(safe[i + len]) & 0xC0) == 0x80)
      ++len;
    if (columns + 1 == width && total > width) {
      out += "…";
      ++columns;
      break;
    }
    if (columns == width) break;
    out.append(safe, i, len);
    ++columns;
    i += len;
  }
  out.append(width - columns, ' ');
  return out;
}

/// The chart area as cells of one character each, painted cell by cell.
struct Cells {
  std::vector<std::string_view> glyphs;
  std::vector<std::string_view> styles;

  explicit Cells(int width)
      : glyphs(static_cast<std::size_t>(width), " "), styles(static_cast<std::size_t>(width), "") {}
  void set(int at, std::string_view g, std::string_view s = "") {
    if (at < 0 || at >= static_cast<int>(glyphs.size())) return;
    glyphs[static_cast<std::size_t>(at)] = g;
    styles[static_cast<std::size_t>(at)] = s;
  }
  std::string render(const Palette& p) const {
    std::string out;
    for (std::size_t i = 0; i < glyphs.size();) {
      std::size_t j = i;
      std::string run;
      while (j < glyphs.size() && styles[j] == styles[i]) {
        run += glyphs[j];
        ++j;
      }
      out += paint(styles[i], run, p);
      i = j;
    }
    return out;
  }
};

struct Layout {
  int label = 0;  ///< columns of the id
  int chart = 0;  ///< columns of the chart area
  AxisScale scale;
};

/// A row's id in its column, with one blank before the chart.
std::string label(std::string_view id, const Layout& l) {
  return fit(id, static_cast<std::size_t>(l.label - 1)) + " ";
}

/// The ruler: a line of years (where the year changes) and a line of months.
std::string ruler(const Layout& l, const Palette& p) {
  std::string years(static_cast<std::size_t>(l.chart), ' ');
  std::string months(static_cast<std::size_t>(l.chart), ' ');
  int last_month_end = -1;
  int last_year_end = -1;
  int last_year = 0;
  for (const Date month : month_starts(l.scale.axis)) {
    const int at = l.scale.column(month, l.chart);
    const std::string name(month_abbreviation(month));
    if (at > last_month_end && at + 3 <= l.chart) {
      months.replace(static_cast<std::size_t>(at), 3, name);
      last_month_end = at + 3;
    }
    if (month.year() != last_year && at > last_year_end) {
      const std::string year = std::to_string(month.year());
      if (at + static_cast<int>(year.size()) <= l.chart) {
        years.replace(static_cast<std::size_t>(at), year.size(), year);
        last_year_end = at + static_cast<int>(year.size());
      }
      last_year = month.year();
    }
  }
  const std::string pad(static_cast<std::size_t>(l.label + 2), ' ');
  auto trim = [](std::string s) {
    s.erase(s.find_last_not_of(' ') + 1);
    return s;
  };
  return trim(pad + paint(p.bold, years, p)) + "\n" + trim(pad + paint(p.dim, months, p)) + "\n";
}

std::string row_line(const TimelineRow& row, const Timeline& t, const Layout& l, const Palette& p) {
  Cells cells(l.chart);
  if (t.as_of_on_axis) cells.set(l.scale.column(t.as_of, l.chart), kAsOf, p.red);
  std::string due = row.due ? format_date(*row.due) : "no date";
  std::string standing(to_string(row.standing));
  if (!row.drawable()) {
    const std::string why = fit("not drawn: " + row.not_drawn, static_cast<std::size_t>(l.chart));
    return fmt::format("  {}{} {:<10} {}", label(row.id, l), paint(p.dim, why, p), due, standing);
  }
  const std::string_view s = style(p, row.standing);
  const int from = l.scale.column(row.drawn.start, l.chart);
  const int to = l.scale.column(row.drawn.end, l.chart);
  if (row.milestone) {
    cells.set(from, kMilestone, s);
  } else {
    for (int c = from; c <= to; ++c)
      cells.set(c, glyph(row.standing), s);
  }
  if (row.cut_start) cells.set(from, kCutStart, s);
  if (row.cut_end) cells.set(to, kCutEnd, s);
  return fmt::format("  {}{} {} {}", label(row.id, l), cells.render(p), due, paint(s, standing, p));
}

/// The legend's entries, on as many lines as `width` needs.
std::string legend(const Timeline& t, const Palette& p, int width) {
  struct Entry {
    std::string text;
    std::size_t columns;
  };
  std::vector<Entry> entries;
  for (const Standing s : {Standing::done, Standing::on_track, Standing::behind_pace,
                           Standing::blocked, Standing::overdue}) {
    entries.push_back({fmt::format("{} {}", paint(style(p, s), glyph(s), p), to_string(s)),
                       2 + to_string(s).size()});
  }
  entries.push_back({fmt::format("{} milestone", kMilestone), 11});
  entries.push_back({fmt::format("{} {} cut at the edge", kCutStart, kCutEnd), 19});
  if (t.as_of_on_axis) {
    entries.push_back(
        {fmt::format("{} as of {}", paint(p.red, kAsOf, p), format_date(t.as_of)), 16});
  }
  std::string out = "Legend:";
  std::size_t columns = out.size();
  for (const Entry& e : entries) {
    if (columns + 2 + e.columns > static_cast<std::size_t>(width)) {
      out += "\n       ";
      columns = 7;
    }
    out += "  " + e.text;
    columns += 2 + e.columns;
  }
  return out + "\n";
}

}  // namespace
}  // namespace plan::render

namespace plan {

std::string render_timeline_text(const Timeline& t, const TimelineTextOptions& options) {
  using namespace render;
  const Palette& p = palette(options.color);
  std::string out = paint(p.bold, one_line(t.plan_name.empty() ? "Timeline" : t.plan_name), p);
  if (!t.tactical_name.empty()) out += " — " + one_line(t.tactical_name);
  out += '\n';
  if (!t.axis) {
    out += "No timeline: the tactical plan's window is unknown; give --from and --to.\n";
    return out;
  }
  out += fmt::format("{} to {}, as of {}\n\n", format_date(t.axis->start), format_date(t.axis->end),
                     format_date(t.as_of));

  Layout l;
  std::size_t widest = 2;
  for (const TimelineLane& lane : t.lanes) {
    for (const TimelineRow& row : lane.rows)
      widest = std::max(widest, display_width(row.id));
  }
  const int width = std::max(options.width, kTimelineMinWidth);
  l.label = std::min({static_cast<int>(widest), kMaxLabelWidth, width / 4}) + 1;
  l.chart = width - 2 - l.label - kSuffixWidth;
  l.scale.axis = *t.axis;

  out += ruler(l, p);
  for (const TimelineLane& lane : t.lanes) {
    std::string head = one_line(lane.name);
    if (lane.name != lane.id) head += fmt::format(" ({})", one_line(lane.id));
    head = fit(head, static_cast<std::size_t>(width));
    head.erase(head.find_last_not_of(' ') + 1);
    out += paint(p.bold, head, p) + "\n";
    if (lane.rows.empty()) out += "  (no tactics on this axis)\n";
    for (const TimelineRow& row : lane.rows)
      out += row_line(row, t, l, p) + "\n";
  }
  out += '\n' + legend(t, p, width);
  return out;
}

}  // namespace plan

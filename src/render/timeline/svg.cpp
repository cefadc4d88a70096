// `plan timeline --format svg`: one self-contained SVG 1.1 document. From
// the top: the title, the month grid with the years, the strategy's goals as
// milestones on a band, a lane per role with a bar per tactic, the as-of
// line and a legend. Labels sit in a column of their own to the left of the
// chart and due dates in one to its right, so that no label overlaps a bar or
// another label, however many rows there are.

#include <algorithm>
#include <iterator>
#include <string_view>

#include <fmt/format.h>

#include "plan/render/timeline.hpp"
#include "render/markup.hpp"
#include "render/timeline/axis.hpp"

namespace plan::render {
namespace {

constexpr double kMargin = 12;
constexpr double kLabelWidth = 240;  ///< the column of ids and names
constexpr double kChartX = kMargin + kLabelWidth;
constexpr double kChartWidth = 760;
constexpr double kDueWidth = 96;  ///< the column of due dates
constexpr double kWidth = kChartX + kChartWidth + 8 + kDueWidth + kMargin;
constexpr double kRow = 20;
constexpr double kBar = 12;
constexpr double kCharWidth = 6.7;  ///< of 11px monospace: labels are cut to fit their column
constexpr double kMinMonthLabel = 28;

struct Colors {
  std::string_view fill;
  std::string_view edge;
};

Colors colors(Standing s) {
  switch (s) {
    case Standing::done:
      return {"#2e7d32", "#1b5e20"};
    case Standing::overdue:
      return {"#d32f2f", "#8e0000"};
    case Standing::blocked:
      return {"#8e24aa", "#4a0072"};
    case Standing::behind_pace:
      return {"#f9a825", "#c17900"};
    case Standing::on_track:
      return {"#1e88e5", "#005cb2"};
  }
  return {"#1e88e5", "#005cb2"};
}

/// `text` cut to `width` pixels of label text, ending in "…" when cut, escaped.
std::string label(std::string_view text, double width) {
  const auto fits = static_cast<std::size_t>(width / kCharWidth);
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool starts_char = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (starts_char && ++chars == fits) {
      std::size_t rest = 0;
      for (std::size_t j = i; j < text.size(); ++j)
        rest += (static_cast<unsigned char>(text[j]) & 0xC0) != 0x80 ? 1 : 0;
      if (rest > 1) return escape_markup(out) + "…";
    }
    out += text[i];
  }
  return escape_markup(out);
}

class Svg {
 public:
  explicit Svg(const Timeline& t) : t_(t) { scale_.axis = *t.axis; }

  std::string render() {
    header();
    goals();
    for (const TimelineLane& lane : t_.lanes)
      this->lane(lane);
    const double chart_bottom = y_;
    grid(chart_bottom);
    as_of_line(chart_bottom);
    legend();
    std::string doc = fmt::format(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{0:.0f}\" "
        "height=\"{1:.0f}\" viewBox=\"0 0 {0:.0f} {1:.0f}\" font-family=\"sans-serif\" "
        "font-size=\"12\">\n",
        kWidth, y_ + kMargin);
    doc += fmt::format("<title>{}</title>\n", escape_markup(title()));
    doc += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
    doc += back_;
    doc += body_;
    doc += "</svg>\n";
    return doc;
  }

 private:
  const Timeline& t_;
  AxisScale scale_;
  std::string back_;  ///< drawn first: lane bands and the month grid
  std::string body_;  ///< bars, labels, the as-of line, the legend
  double y_ = 0;      ///< the top of the next row
  double grid_top_ = 0;

  double x(Date d) const { return kChartX + scale_.x(d, kChartWidth); }
  /// The middle of a day.
  double mid(Date d) const { return (x(d) + x(d + 1)) / 2; }

  std::string title() const {
    std::string s = t_.plan_name.empty() ? "Timeline" : t_.plan_name;
    if (!t_.tactical_name.empty()) s += " — " + t_.tactical_name;
    return s;
  }

  template <class... Args>
  void put(std::string& to, fmt::format_string<Args...> f, Args&&... args) {
    fmt::format_to(std::back_inserter(to), f, std::forward<Args>(args)...);
  }

  void header() {
    put(body_, "<text x=\"{}\" y=\"22\" font-size=\"16\" font-weight=\"bold\">{}</text>\n", kMargin,
        escape_markup(title()));
    put(body_, "<text x=\"{}\" y=\"40\" fill=\"#555555\">{} to {}, as of {}</text>\n", kMargin,
        format_date(t_.axis->start), format_date(t_.axis->end), format_date(t_.as_of));
    // Years on one line, months on the next, each label only where it has room.
    const double month_px = kChartWidth * 30.44 / scale_.days();
    const int every = std::max(1, static_cast<int>(kMinMonthLabel / month_px) + 1);
    int last_year = 0;
    int n = 0;
    double last_year_end = 0;
    for (const Date month : month_starts(t_.axis.value())) {
      const double at = x(month);
      if (month.year() != last_year && at >= last_year_end) {
        put(body_, "<text x=\"{:.1f}\" y=\"60\" font-weight=\"bold\">{}</text>\n", at + 2,
            month.year());
        last_year_end = at + 36;
        last_year = month.year();
      }
      if (n++ % every == 0 && at + kMinMonthLabel <= kChartX + kChartWidth + 1) {
        put(body_, "<text x=\"{:.1f}\" y=\"76\" fill=\"#555555\">{}</text>\n", at + 2,
            month_abbreviation(month));
      }
    }
    y_ = 84;
    grid_top_ = y_;
  }

  void band(std::string_view name) {
    put(back_, "<rect x=\"{}\" y=\"{:.0f}\" width=\"{:.0f}\" height=\"{}\" fill=\"#eef1f5\"/>\n",
        kMargin, y_, kWidth - 2 * kMargin, kRow);
    put(body_, "<text x=\"{}\" y=\"{:.0f}\" font-weight=\"bold\">{}</text>\n", kMargin + 4, y_ + 14,
        escape_markup(name));
    y_ += kRow;
  }

  void row_label(std::string_view text) {
    put(body_, "<text x=\"{}\" y=\"{:.0f}\" font-family=\"monospace\" font-size=\"11\">{}</text>\n",
        kMargin + 12, y_ + 14, label(text, kLabelWidth - 20));
  }

  void due_text(std::string_view text) {
    put(body_, "<text x=\"{:.0f}\" y=\"{:.0f}\" fill=\"#333333\">{}</text>\n",
        kChartX + kChartWidth + 8, y_ + 14, escape_markup(text));
  }

  void diamond(double cx, double cy, double r, std::string_view fill, std::string_view edge) {
    put(body_,
        "points=\"{0:.1f},{1:.1f} {2:.1f},{3:.1f} {0:.1f},{4:.1f} {5:.1f},{3:.1f}\" "
        "fill=\"{6}\" stroke=\"{7}\"",
        cx, cy - r, cx + r, cy, cy + r, cx - r, fill, edge);
  }

  void goals() {
    if (t_.goals.empty()) return;
    band("Strategy goals");
    for (const TimelineGoal& g : t_.goals) {
      row_label(g.name);
      const std::string due = g.due ? format_date(*g.due) : "no date";
      const std::string tip = escape_markup(fmt::format("{} ({}): due {}", g.name, g.id, due));
      if (g.due && g.side == 0) {
        body_ += "<polygon data-goal=\"" + escape_markup(g.id) + "\" ";
        diamond(mid(*g.due), y_ + kRow / 2, 6, "#37474f", "#102027");
        put(body_, "><title>{}</title></polygon>\n", tip);
      } else if (g.due) {
        // Beyond an edge of the axis: an arrow at that edge.
        const double edge = g.side < 0 ? kChartX : kChartX + kChartWidth;
        const double dx = g.side < 0 ? -6 : 6;
        put(body_,
            "<polygon data-goal=\"{}\" points=\"{:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f}\" "
            "fill=\"#37474f\"><title>{}</title></polygon>\n",
            escape_markup(g.id), edge - dx, y_ + 4, edge, y_ + kRow / 2, edge - dx, y_ + kRow - 4,
            tip);
      }
      due_text(due);
      y_ += kRow;
    }
  }

  void lane(const TimelineLane& lane) {
    band(lane.name == lane.id ? lane.name : fmt::format("{} ({})", lane.name, lane.id));
    for (const TimelineRow& row : lane.rows)
      this->row(row);
    if (lane.rows.empty()) {
      put(body_,
          "<text x=\"{:.0f}\" y=\"{:.0f}\" fill=\"#777777\" font-style=\"italic\">"
          "no tactics on this axis</text>\n",
          kChartX + 4, y_ + 14);
      y_ += kRow;
    }
  }

  void row(const TimelineRow& r) {
    row_label(r.id);
    due_text(r.due ? format_date(*r.due) : "no date");
    if (!r.drawable()) {
      put(body_,
          "<text x=\"{:.0f}\" y=\"{:.0f}\" fill=\"#777777\" font-style=\"italic\" "
          "data-id=\"{}\">not drawn: {}</text>\n",
          kChartX + 4, y_ + 14, escape_markup(r.id), escape_markup(r.not_drawn));
      y_ += kRow;
      return;
    }
    const Colors c = colors(r.standing);
    const std::string tip = escape_markup(
        fmt::format("{}{}{}\nassignee: {}\n{} to {}\n{}", r.id, r.title.empty() ? "" : ": ",
                    r.title, r.assignee.empty() ? "none" : r.assignee, format_date(*r.start),
                    format_date(*r.due), to_string(r.standing)));
    const std::string attrs = fmt::format("data-id=\"{}\" data-standing=\"{}\"",
                                          escape_markup(r.id), standing_token(r.standing));
    const double top = y_ + (kRow - kBar) / 2;
    if (r.milestone) {
      put(body_, "<polygon {} ", attrs);
      diamond(mid(r.drawn.start), y_ + kRow / 2, 6, c.fill, c.edge);
      put(body_, "><title>{}</title></polygon>\n", tip);
    } else {
      const double x0 = x(r.drawn.start);
      const double w = std::max(2.0, x(r.drawn.end + 1) - x0);
      put(body_,
          "<rect {} x=\"{:.1f}\" y=\"{:.0f}\" width=\"{:.1f}\" height=\"{}\" rx=\"2\" "
          "fill=\"{}\" stroke=\"{}\"><title>{}</title></rect>\n",
          attrs, x0, top, w, kBar, c.fill, c.edge, tip);
    }
    // Cut at an edge: a notch pointing out of the axis.
    if (r.cut_start) {
      put(body_,
          "<polygon points=\"{0:.1f},{1:.0f} {2:.1f},{3:.0f} {0:.1f},{4:.0f}\" "
          "fill=\"#212121\"/>\n",
          kChartX, top, kChartX - 5, y_ + kRow / 2, top + kBar);
    }
    if (r.cut_end) {
      const double e = kChartX + kChartWidth;
      put(body_,
          "<polygon points=\"{0:.1f},{1:.0f} {2:.1f},{3:.0f} {0:.1f},{4:.0f}\" "
          "fill=\"#212121\"/>\n",
          e, top, e + 5, y_ + kRow / 2, top + kBar);
    }
    y_ += kRow;
  }

  void grid(double bottom) {
    for (const Date month : month_starts(t_.axis.value())) {
      put(back_,
          "<line x1=\"{0:.1f}\" y1=\"{1:.0f}\" x2=\"{0:.1f}\" y2=\"{2:.0f}\" stroke=\"#d0d4da\" "
          "stroke-width=\"1\"/>\n",
          x(month), grid_top_ - 20, bottom);
    }
    put(back_,
        "<line x1=\"{0:.1f}\" y1=\"{1:.0f}\" x2=\"{0:.1f}\" y2=\"{2:.0f}\" stroke=\"#d0d4da\" "
        "stroke-width=\"1\"/>\n",
        kChartX + kChartWidth, grid_top_ - 20, bottom);
  }

  void as_of_line(double bottom) {
    if (!t_.as_of_on_axis) return;
    const double at = mid(t_.as_of);
    put(body_,
        "<line data-as-of=\"{0}\" x1=\"{1:.1f}\" y1=\"{2:.0f}\" x2=\"{1:.1f}\" y2=\"{3:.0f}\" "
        "stroke=\"#c62828\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n",
        format_date(t_.as_of), at, grid_top_, bottom + 4);
    const bool right_half = at > kChartX + kChartWidth / 2;
    put(body_,
        "<text x=\"{:.1f}\" y=\"{:.0f}\" fill=\"#c62828\" text-anchor=\"{}\">as of {}</text>\n",
        right_half ? at - 3 : at + 3, bottom + 16, right_half ? "end" : "start",
        format_date(t_.as_of));
    y_ = std::max(y_, bottom + 20);
  }

  void legend() {
    y_ += 8;
    double at = kChartX;
    for (const Standing s : {Standing::done, Standing::on_track, Standing::behind_pace,
                             Standing::blocked, Standing::overdue}) {
      const Colors c = colors(s);
      put(body_,
          "<rect x=\"{:.0f}\" y=\"{:.0f}\" width=\"18\" height=\"{}\" rx=\"2\" fill=\"{}\" "
          "stroke=\"{}\"/>\n",
          at, y_ + (kRow - kBar) / 2, kBar, c.fill, c.edge);
      put(body_, "<text x=\"{:.0f}\" y=\"{:.0f}\">{}</text>\n", at + 24, y_ + 14, to_string(s));
      at += 24 + 8 * static_cast<double>(to_string(s).size()) + 20;
    }
    body_ += "<polygon ";
    diamond(at + 6, y_ + kRow / 2, 6, "#757575", "#424242");
    put(body_, "/>\n<text x=\"{:.0f}\" y=\"{:.0f}\">milestone</text>\n", at + 18, y_ + 14);
    put(body_, "<text x=\"{}\" y=\"{:.0f}\" font-weight=\"bold\">Legend</text>\n", kMargin + 4,
        y_ + 14);
    y_ += kRow;
  }
};

}  // namespace
}  // namespace plan::render

namespace plan {

std::string render_timeline_svg(const Timeline& t) {
  if (!t.axis) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"600\" height=\"40\">"
           "<text x=\"12\" y=\"24\" font-family=\"sans-serif\" font-size=\"12\">No timeline: the "
           "tactical plan's window is unknown; give --from and --to.</text></svg>\n";
  }
  return render::Svg(t).render();
}

}  // namespace plan

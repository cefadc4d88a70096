// `plan report` as aligned text for a terminal: the header, the strategy's
// goals, a summary per role, then each role and person's three questions.

#include <algorithm>
#include <string_view>

#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "plan/figures/tasks.hpp"
#include "plan/render/report.hpp"
#include "render/money.hpp"
#include "render/numbers.hpp"
#include "render/terminal.hpp"

namespace plan::render {
namespace {

std::string_view standing_color(const Palette& p, Standing s) {
  switch (s) {
    case Standing::done:
      return p.green;
    case Standing::overdue:
      return p.red;
    case Standing::blocked:
      return p.magenta;
    case Standing::behind_pace:
      return p.yellow;
    case Standing::on_track:
      return "";
  }
  return "";
}

std::string date_or_none(const std::optional<Date>& d) {
  return d ? format_date(*d) : "no date";
}

std::string number_or_none(const std::optional<double>& n) {
  return n ? format_number(*n) : "-";
}

/// "4 tactics: 1 done, 2 on track, 1 behind pace, 0 overdue, 0 blocked".
std::string counts(const Tally& t) {
  return fmt::format("{} {}: {} done, {} on track, {} behind pace, {} overdue, {} blocked", t.total,
                     t.total == 1 ? "tactic" : "tactics", t.done, t.on_track, t.behind_pace,
                     t.overdue, t.blocked);
}

/// "completion 50% (1 of 2 due), on-time rate n/a (nothing due yet)".
std::string rates(const Tally& t) {
  if (t.due_by_today == 0) return "completion n/a, on-time rate n/a (nothing due yet)";
  return fmt::format("completion {} ({} of {} due), on-time rate {} ({} of {} due)",
                     percent(t.completion()), t.done_by_today, t.due_by_today,
                     percent(t.on_time_rate()), t.on_time_by_today, t.due_by_today);
}

/// "  1 dropped tactic, left out of every count" on its own line, or nothing.
std::string dropped_note(std::string_view indent, int dropped) {
  if (dropped == 0) return "";
  return fmt::format("{}{} dropped {}, left out of every count\n", indent, dropped,
                     dropped == 1 ? "tactic" : "tactics");
}

std::vector<std::string> tally_row(std::string label, const Tally& t) {
  return {std::move(label),           std::to_string(t.total),       std::to_string(t.done),
          std::to_string(t.on_track), std::to_string(t.behind_pace), std::to_string(t.overdue),
          std::to_string(t.blocked),  percent(t.completion()),       percent(t.on_time_rate())};
}

TextTable tally_table(std::string first) {
  TextTable table({false, true, true, true, true, true, true, true, true});
  table.add_row({std::move(first), "Tactics", "Done", "On track", "Behind pace", "Overdue",
                 "Blocked", "Completion", "On time"});
  return table;
}

/// A rendered table with its header in bold and each other line in the
/// style of its row.
std::string paint_table(const std::string& table, const Palette& p,
                        std::vector<std::string_view> row_styles) {
  row_styles.insert(row_styles.begin(), p.bold);
  return paint_lines(table, row_styles, p);
}

std::string heading(const Palette& p, std::string_view indent, std::string_view text) {
  return fmt::format("{}{}\n", indent, paint(p.bold, one_line(text), p));
}

class Writer {
 public:
  Writer(const Report& card, const Palette& palette) : card_(card), p_(palette) {}

  std::string render() {
    header();
    goals();
    roles_summary();
    for (const RoleReport& role : card_.roles)
      role_section(role);
    return std::move(out_);
  }

 private:
  void header() {
    out_ += heading(p_, "",
                    fmt::format("{}: accountability report as of {}", card_.plan_name,
                                format_date(card_.as_of)));
    TextTable windows({false, false, false, true});
    const auto window_row = [&](std::string label, const std::string& given,
                                const std::optional<WindowProgress>& w) {
      std::string name = given.empty() ? std::string(1, '-') : given;
      if (!w) {
        windows.add_row({std::move(label), name, "window unknown"});
        return;
      }
      windows.add_row(
          {std::move(label), name,
           fmt::format("{} to {}", format_date(w->window.start), format_date(w->window.end)),
           percent(w->elapsed) + " elapsed"});
    };
    window_row("Strategy", card_.strategy_name, card_.strategy);
    window_row("Tactical plan", card_.tactical_name, card_.tactical);
    out_ += windows.render("  ");
  }

  void goals() {
    out_ += '\n';
    out_ += heading(p_, "", "Strategy goals");
    if (card_.goals.empty()) {
      out_ += "  none\n";
      return;
    }
    TextTable table({false, true, true, true, false, true, true, false});
    table.add_row({"Goal", "Target", "Actual", "Progress", "Due", "Tactics", "Done", "Name"});
    std::vector<std::string_view> colors;
    std::vector<std::string> unsupported;
    for (const GoalFigures& g : card_.goals) {
      table.add_row({g.id, number_or_none(g.target), number_or_none(g.actual), percent(g.progress),
                     date_or_none(g.due),
                     g.unsupported() ? "none" : std::to_string(g.tactics.size()),
                     std::to_string(g.done), g.name});
      colors.push_back(g.unsupported() ? p_.yellow : "");
      if (g.unsupported()) unsupported.push_back(g.id);
    }
    out_ += paint_table(table.render("  "), p_, colors);
    if (!unsupported.empty()) {
      out_ += fmt::format("  {}no tactic supports: {}{}\n", p_.yellow, fmt::join(unsupported, ", "),
                          p_.reset);
    }
  }

  void roles_summary() {
    out_ += '\n';
    out_ += heading(p_, "", "How are we doing?");
    out_ += dropped_note("  ", card_.dropped);
    TextTable table = tally_table("Role");
    for (const RoleReport& role : card_.roles)
      table.add_row(tally_row(role.name, role.figures.tally));
    table.add_row(tally_row("Whole plan", card_.total));
    out_ +=
        paint_table(table.render("  "), p_, std::vector<std::string_view>(card_.roles.size() + 1));
  }

  void role_section(const RoleReport& role) {
    out_ += '\n';
    out_ += heading(p_, "", fmt::format("{} ({})", role.name, role.id));
    out_ += dropped_note("  ", role.figures.dropped);
    TextTable table = tally_table("Person");
    for (const PersonReport& person : role.people)
      table.add_row(tally_row(person_label(person), person.figures.tally));
    table.add_row(tally_row("Whole role", role.figures.tally));
    out_ +=
        paint_table(table.render("  "), p_, std::vector<std::string_view>(role.people.size() + 1));
    for (const PersonReport& person : role.people)
      person_section(person);
  }

  static std::string person_label(const PersonReport& person) {
    return person.unassigned ? "unassigned" : person.name;
  }

  void person_section(const PersonReport& person) {
    const Accountability& a = person.figures;
    out_ += '\n';
    out_ += heading(p_, "  ", person_label(person));
    out_ += dropped_note("    ", a.dropped);

    out_ += "    What's my job?\n";
    if (a.tactics.empty()) {
      out_ += "      no tactics\n";
    } else {
      TextTable table;
      table.add_row({"Standing", "Due", "Status", "Tactic", "Title"});
      std::vector<std::string_view> colors;
      for (const int i : a.tactics) {
        const TacticFigures& t = card_.tactics[static_cast<std::size_t>(i)];
        table.add_row({std::string(to_string(t.assessment.standing)), date_or_none(t.due),
                       std::string(to_string(t.status)), t.id, t.title});
        colors.push_back(standing_color(p_, t.assessment.standing));
      }
      out_ += paint_table(table.render("      "), p_, colors);
    }

    out_ += "    What counts?\n";
    if (a.goals.empty()) {
      out_ += "      serves no goal\n";
    } else {
      TextTable goals;
      for (const int g : a.goals) {
        const GoalFigures& goal = card_.goals[static_cast<std::size_t>(g)];
        goals.add_row({goal.id, goal.name});
      }
      out_ += "      Goals served\n";
      out_ += goals.render("        ");
    }
    const Date horizon = card_.as_of + kDueAheadDays;
    if (a.due_ahead.empty()) {
      out_ += fmt::format("      Nothing due in the next {} days (to {})\n", kDueAheadDays,
                          format_date(horizon));
    } else {
      out_ += fmt::format("      Due in the next {} days (to {})\n", kDueAheadDays,
                          format_date(horizon));
      TextTable due;
      for (const int i : a.due_ahead) {
        const TacticFigures& t = card_.tactics[static_cast<std::size_t>(i)];
        due.add_row(
            {date_or_none(t.due), std::string(to_string(t.assessment.standing)), t.id, t.title});
      }
      out_ += due.render("        ");
    }

    out_ += "    How am I doing?\n";
    out_ += fmt::format("      {}\n      {}\n", counts(a.tally), rates(a.tally));
    sales_and_load(person);
  }

  void sales_and_load(const PersonReport& person) {
    if (person.sales) {
      const PersonSales& s = *person.sales;
      const bool cents =
          s.bookings % 100 != 0 || s.open_weighted % 100 != 0 || (s.quota && *s.quota % 100 != 0);
      if (s.quota) {
        out_ += fmt::format("      attainment {} ({} booked of a {} quota), coverage {}\n",
                            percent(s.attainment), money(s.bookings, cents), money(*s.quota, cents),
                            s.coverage
                                ? fmt::format("{}× ({} open weighted)", format_number(*s.coverage),
                                              money(s.open_weighted, cents))
                                : std::string("n/a (quota met)"));
      }
      if (!s.deals.empty()) out_ += fmt::format("      own deals: {}\n", fmt::join(s.deals, ", "));
    }
    if (person.peak_load) {
      const auto minutes = std::llround(person.peak_load->minutes);
      out_ += fmt::format("      peak planned load {} in the week of {}, {}\n",
                          format_minutes(minutes), format_date(person.peak_load->monday),
                          person.capacity ? fmt::format("against a capacity of {}{}",
                                                        format_minutes(*person.capacity),
                                                        minutes > *person.capacity ? " (over)" : "")
                                          : std::string("no capacity given"));
    }
  }

  const Report& card_;
  const Palette& p_;
  std::string out_;
};

}  // namespace
}  // namespace plan::render

namespace plan {

std::string render_report_text(const Report& card, const ReportTextOptions& options) {
  // Plan text is made safe where it is shown (tables, headings), not copied.
  return render::Writer(card, render::palette(options.color)).render();
}

}  // namespace plan

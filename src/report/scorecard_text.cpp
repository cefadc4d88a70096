// `plan report` as aligned text for a terminal: the header, the strategy's
// goals, a summary per role, then each role and person's three questions.

#include <algorithm>
#include <string_view>

#include <fmt/format.h>

#include "report/scorecard_render.hpp"
#include "report/table.hpp"

namespace plan::report {
namespace {

struct Palette {
  std::string_view heading, done, overdue, blocked, behind, warn, reset;
};
constexpr Palette kColor{"\x1b[1m",  "\x1b[32m", "\x1b[31m", "\x1b[35m",
                         "\x1b[33m", "\x1b[33m", "\x1b[0m"};
constexpr Palette kPlain{"", "", "", "", "", "", ""};

std::string_view standing_color(const Palette& p, Standing s) {
  switch (s) {
    case Standing::done:
      return p.done;
    case Standing::overdue:
      return p.overdue;
    case Standing::blocked:
      return p.blocked;
    case Standing::behind_pace:
      return p.behind;
    case Standing::on_track:
      return "";
  }
  return "";
}

/// Calls `f` on every text of the plan's own in the figures (ids cannot hold
/// control characters), every one of them: `|=`, not `||`.
template <class Figures, class F>
bool each_text(Figures& s, F f) {
  bool any = f(s.plan_name);
  any |= f(s.strategy_name);
  any |= f(s.tactical_name);
  for (auto& g : s.goals) {
    any |= f(g.name);
    any |= f(g.metric);
  }
  for (auto& t : s.tactics) {
    any |= f(t.title);
    any |= f(t.assignee);
  }
  for (auto& r : s.roles) {
    any |= f(r.name);
    for (auto& p : r.people)
      any |= f(p.name);
  }
  return any;
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

/// A rendered table with its header in the heading style and each other
/// line in the colour of its row (colours go on after alignment).
std::string paint(const std::string& table, const Palette& p,
                  const std::vector<std::string_view>& row_colors) {
  std::string out;
  std::size_t begin = 0;
  for (std::size_t row = 0; begin < table.size(); ++row) {
    const std::size_t end = table.find('\n', begin);
    const std::string_view line(table.data() + begin, end - begin);
    const std::string_view color = row == 0 ? p.heading : row_colors[row - 1];
    if (color.empty()) {
      out += line;
    } else {
      out += fmt::format("{}{}{}", color, line, p.reset);
    }
    out += '\n';
    begin = end + 1;
  }
  return out;
}

std::string heading(const Palette& p, std::string_view indent, std::string_view text) {
  return fmt::format("{}{}{}{}\n", indent, p.heading, text, p.reset);
}

class Writer {
 public:
  Writer(const Scorecard& card, const Palette& palette) : card_(card), p_(palette) {}

  std::string render() {
    header();
    goals();
    roles_summary();
    for (const RoleScorecard& role : card_.roles)
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
      colors.push_back(g.unsupported() ? p_.warn : "");
      if (g.unsupported()) unsupported.push_back(g.id);
    }
    out_ += paint(table.render("  "), p_, colors);
    if (!unsupported.empty()) {
      out_ += fmt::format("  {}no tactic supports: {}{}\n", p_.warn, fmt::join(unsupported, ", "),
                          p_.reset);
    }
  }

  void roles_summary() {
    out_ += '\n';
    out_ += heading(p_, "", "How are we doing?");
    out_ += dropped_note("  ", card_.dropped);
    TextTable table = tally_table("Role");
    for (const RoleScorecard& role : card_.roles)
      table.add_row(tally_row(role.name, role.figures.tally));
    table.add_row(tally_row("Whole plan", card_.total));
    out_ += paint(table.render("  "), p_, std::vector<std::string_view>(card_.roles.size() + 1));
  }

  void role_section(const RoleScorecard& role) {
    out_ += '\n';
    out_ += heading(p_, "", fmt::format("{} ({})", role.name, role.id));
    out_ += dropped_note("  ", role.figures.dropped);
    TextTable table = tally_table("Person");
    for (const PersonScorecard& person : role.people)
      table.add_row(tally_row(person_label(person), person.figures.tally));
    table.add_row(tally_row("Whole role", role.figures.tally));
    out_ += paint(table.render("  "), p_, std::vector<std::string_view>(role.people.size() + 1));
    for (const PersonScorecard& person : role.people)
      person_section(person);
  }

  static std::string person_label(const PersonScorecard& person) {
    return person.unassigned ? "unassigned" : person.name;
  }

  void person_section(const PersonScorecard& person) {
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
      out_ += paint(table.render("      "), p_, colors);
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
  }

  const Scorecard& card_;
  const Palette& p_;
  std::string out_;
};

}  // namespace

std::string render_scorecard_text(const Scorecard& card, const ScorecardTextOptions& options) {
  const Palette& palette = options.color ? kColor : kPlain;
  // A name with a line break or an escape sequence is shown on one line, as
  // text; the copy is made only for a plan that has one.
  if (!each_text(card, [](const std::string& t) { return has_control(t); })) {
    return Writer(card, palette).render();
  }
  Scorecard copy = card;
  each_text(copy, [](std::string& t) {
    t = one_line(t);
    return true;
  });
  return Writer(copy, palette).render();
}

}  // namespace plan::report

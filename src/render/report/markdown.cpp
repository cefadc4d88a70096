// `plan report` as GitHub-flavoured Markdown for a pull request or a wiki page:
// one heading per role and person, tables that render on GitHub.

#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "plan/figures/tasks.hpp"
#include "plan/render/report.hpp"
#include "render/markdown.hpp"
#include "render/money.hpp"
#include "render/numbers.hpp"

namespace plan::render {
namespace {

const std::vector<bool> kTallyAlign{false, true, true, true, true, true, true, true, true};
const std::vector<std::string> kTallyHeader{"Tactics", "Done",    "On track",   "Behind pace",
                                            "Overdue", "Blocked", "Completion", "On time"};

std::string date_or_none(const std::optional<Date>& d) {
  return d ? format_date(*d) : "no date";
}

std::string number_or_none(const std::optional<double>& n) {
  return n ? format_number(*n) : "-";
}

std::vector<std::string> tally_row(std::string label, const Tally& t) {
  return {std::move(label),           std::to_string(t.total),       std::to_string(t.done),
          std::to_string(t.on_track), std::to_string(t.behind_pace), std::to_string(t.overdue),
          std::to_string(t.blocked),  percent(t.completion()),       percent(t.on_time_rate())};
}

std::vector<std::string> tally_header(std::string first) {
  std::vector<std::string> header{std::move(first)};
  header.insert(header.end(), kTallyHeader.begin(), kTallyHeader.end());
  return header;
}

std::string dropped_note(int dropped) {
  if (dropped == 0) return "";
  return fmt::format("{} dropped {} left out of every count.\n\n", dropped,
                     dropped == 1 ? "tactic is" : "tactics are");
}

class Writer {
 public:
  explicit Writer(const Report& card) : card_(card) {}

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
    out_ += fmt::format("# {}: accountability report\n\nAs of {}.\n\n",
                        markdown_cell(card_.plan_name), format_date(card_.as_of));
    std::vector<std::vector<std::string>> rows;
    const auto window_row = [&](std::string label, const std::string& name,
                                const std::optional<WindowProgress>& w) {
      if (!w) {
        rows.push_back({std::move(label), name, "unknown", "n/a"});
        return;
      }
      rows.push_back(
          {std::move(label), name,
           fmt::format("{} to {}", format_date(w->window.start), format_date(w->window.end)),
           percent(w->elapsed)});
    };
    window_row("Strategy", card_.strategy_name, card_.strategy);
    window_row("Tactical plan", card_.tactical_name, card_.tactical);
    out_ += markdown_table({"", "Name", "Window", "Elapsed"}, rows, {false, false, false, true});
  }

  void goals() {
    out_ += "\n## Strategy goals\n\n";
    if (card_.goals.empty()) {
      out_ += "None.\n";
      return;
    }
    std::vector<std::vector<std::string>> rows;
    for (const GoalFigures& g : card_.goals) {
      rows.push_back(
          {markdown_code(g.id), g.name, number_or_none(g.target), number_or_none(g.actual),
           percent(g.progress), date_or_none(g.due),
           g.unsupported() ? "**none**: no tactic supports it" : std::to_string(g.tactics.size()),
           std::to_string(g.done)});
    }
    out_ +=
        markdown_table({"Goal", "Name", "Target", "Actual", "Progress", "Due", "Tactics", "Done"},
                       rows, {false, false, true, true, true, false, true, true});
  }

  void roles_summary() {
    out_ += "\n## How are we doing?\n\n";
    out_ += dropped_note(card_.dropped);
    std::vector<std::vector<std::string>> rows;
    for (const RoleReport& role : card_.roles)
      rows.push_back(tally_row(role.name, role.figures.tally));
    rows.push_back(tally_row("**Whole plan**", card_.total));
    out_ += markdown_table(tally_header("Role"), rows, kTallyAlign);
  }

  void role_section(const RoleReport& role) {
    out_ += fmt::format("\n## {} ({})\n\n", markdown_cell(role.name), markdown_code(role.id));
    out_ += dropped_note(role.figures.dropped);
    std::vector<std::vector<std::string>> rows;
    for (const PersonReport& person : role.people)
      rows.push_back(tally_row(person_label(person), person.figures.tally));
    rows.push_back(tally_row("**Whole role**", role.figures.tally));
    out_ += markdown_table(tally_header("Person"), rows, kTallyAlign);
    for (const PersonReport& person : role.people)
      person_section(role, person);
  }

  static std::string person_label(const PersonReport& person) {
    return person.unassigned ? "Unassigned" : person.name;
  }

  void person_section(const RoleReport& role, const PersonReport& person) {
    const Accountability& a = person.figures;
    out_ += fmt::format("\n### {} ({})\n\n", markdown_cell(person_label(person)),
                        markdown_cell(role.name));
    out_ += dropped_note(a.dropped);

    out_ += "**What's my job?**";
    if (a.tactics.empty()) {
      out_ += " No tactics.\n\n";
    } else {
      out_ += "\n\n";
      std::vector<std::vector<std::string>> rows;
      for (const int i : a.tactics) {
        const TacticFigures& t = card_.tactics[static_cast<std::size_t>(i)];
        rows.push_back({std::string(to_string(t.assessment.standing)), date_or_none(t.due),
                        std::string(to_string(t.status)), markdown_code(t.id), t.title});
      }
      out_ += markdown_table({"Standing", "Due", "Status", "Tactic", "Title"}, rows);
      out_ += '\n';
    }

    out_ += "**What counts?**";
    if (a.goals.empty()) {
      out_ += " Serves no goal.\n\n";
    } else {
      out_ += " Goals served:\n\n";
      for (const int g : a.goals) {
        const GoalFigures& goal = card_.goals[static_cast<std::size_t>(g)];
        out_ += fmt::format("- {} {}\n", markdown_code(goal.id), markdown_cell(goal.name));
      }
      out_ += '\n';
    }
    const std::string horizon = format_date(card_.as_of + kDueAheadDays);
    if (a.due_ahead.empty()) {
      out_ += fmt::format("Nothing due in the next {} days (to {}).\n\n", kDueAheadDays, horizon);
    } else {
      out_ += fmt::format("Due in the next {} days (to {}):\n\n", kDueAheadDays, horizon);
      std::vector<std::vector<std::string>> rows;
      for (const int i : a.due_ahead) {
        const TacticFigures& t = card_.tactics[static_cast<std::size_t>(i)];
        rows.push_back({date_or_none(t.due), std::string(to_string(t.assessment.standing)),
                        markdown_code(t.id), t.title});
      }
      out_ += markdown_table({"Due", "Standing", "Tactic", "Title"}, rows);
      out_ += '\n';
    }

    const Tally& t = a.tally;
    out_ += fmt::format(
        "**How am I doing?** {} {}: {} done, {} on track, {} behind pace, {} overdue, {} "
        "blocked. ",
        t.total, t.total == 1 ? "tactic" : "tactics", t.done, t.on_track, t.behind_pace, t.overdue,
        t.blocked);
    if (t.due_by_today == 0) {
      out_ += "Completion n/a, on-time rate n/a: nothing is due yet.\n";
    } else {
      out_ += fmt::format("Completion {} ({} of {} due), on-time rate {} ({} of {} due).\n",
                          percent(t.completion()), t.done_by_today, t.due_by_today,
                          percent(t.on_time_rate()), t.on_time_by_today, t.due_by_today);
    }
    sales_and_load(person);
  }

  void sales_and_load(const PersonReport& person) {
    if (person.sales) {
      const PersonSales& s = *person.sales;
      const bool cents =
          s.bookings % 100 != 0 || s.open_weighted % 100 != 0 || (s.quota && *s.quota % 100 != 0);
      if (s.quota) {
        out_ += fmt::format("\nAttainment {} ({} booked of a {} quota), coverage {}.\n",
                            percent(s.attainment), money(s.bookings, cents), money(*s.quota, cents),
                            s.coverage
                                ? fmt::format("{}× ({} open weighted)", format_number(*s.coverage),
                                              money(s.open_weighted, cents))
                                : std::string("n/a (quota met)"));
      }
      if (!s.deals.empty()) {
        std::vector<std::string> ids;
        for (const std::string& id : s.deals)
          ids.push_back(markdown_code(id));
        out_ += fmt::format("\nOwn deals: {}.\n", fmt::join(ids, ", "));
      }
    }
    if (person.peak_load) {
      const auto minutes = std::llround(person.peak_load->minutes);
      out_ +=
          fmt::format("\nPeak planned load {} in the week of {}, {}.\n", format_minutes(minutes),
                      format_date(person.peak_load->monday),
                      person.capacity ? fmt::format("against a capacity of {}{}",
                                                    format_minutes(*person.capacity),
                                                    minutes > *person.capacity ? " (**over**)" : "")
                                      : std::string("no capacity given"));
    }
  }

  const Report& card_;
  std::string out_;
};

}  // namespace
}  // namespace plan::render

namespace plan {

std::string render_report_markdown(const Report& card) {
  return render::Writer(card).render();
}

}  // namespace plan

// `plan report --format html`: the accountability report as one HTML page a
// manager opens in a browser. The header and windows with their elapsed
// shares, the goals with progress bars, the timeline (the SVG of `plan
// timeline`, inline), every role's and person's three questions, the
// pipeline, and the plan's findings.

#include <algorithm>
#include <iterator>

#include <fmt/format.h>

#include "plan/render/html.hpp"
#include "plan/render/timeline.hpp"
#include "render/markup.hpp"
#include "render/numbers.hpp"

namespace plan::render {
namespace {

class Page {
 public:
  explicit Page(const ReportPage& page) : page_(page), card_(page.card) {}

  std::string render() {
    out_ = html_page_start(
        fmt::format("{}: report as of {}", card_.plan_name, format_date(card_.as_of)));
    header();
    goals();
    timeline();
    roles();
    out_ += html_pipeline_sections(page_.pipeline);
    findings();
    out_ += html_page_end();
    return std::move(out_);
  }

 private:
  const ReportPage& page_;
  const Report& card_;
  std::string out_;

  template <class... Args>
  void put(fmt::format_string<Args...> f, Args&&... args) {
    fmt::format_to(std::back_inserter(out_), f, std::forward<Args>(args)...);
  }

  void window(std::string_view what, const std::string& name,
              const std::optional<WindowProgress>& w) {
    put("<tr><th>{}</th><td>{}</td>", what, escape_markup(or_dash(name)));
    if (!w) {
      out_ += "<td colspan=\"2\" class=\"muted\">window unknown</td></tr>\n";
      return;
    }
    put("<td>{} to {}</td><td>{}</td></tr>\n", format_date(w->window.start),
        format_date(w->window.end),
        html_meter(w->elapsed, fmt::format("{} elapsed", percent(w->elapsed))));
  }

  void header() {
    const Tally& t = card_.total;
    put("<header>\n<h1>{}</h1>\n<p class=\"sub\">Accountability report as of {}</p>\n",
        escape_markup(card_.plan_name), format_date(card_.as_of));
    out_ += "<table class=\"windows\">\n";
    window("Strategy", card_.strategy_name, card_.strategy);
    window("Tactical plan", card_.tactical_name, card_.tactical);
    out_ += "</table>\n<div class=\"figures\">\n";
    put("<div class=\"figure\"><b>{}</b>tactics</div>\n", t.total);
    put("<div class=\"figure done\"><b>{}</b>done</div>\n", t.done);
    put("<div class=\"figure on-track\"><b>{}</b>on track</div>\n", t.on_track);
    put("<div class=\"figure behind-pace\"><b>{}</b>behind pace</div>\n", t.behind_pace);
    put("<div class=\"figure overdue\"><b>{}</b>overdue</div>\n", t.overdue);
    put("<div class=\"figure blocked\"><b>{}</b>blocked</div>\n", t.blocked);
    put("<div class=\"figure\"><b>{}</b>completion</div>\n", percent(t.completion()));
    put("<div class=\"figure\"><b>{}</b>on time</div>\n", percent(t.on_time_rate()));
    out_ += "</div>\n";
    if (card_.dropped > 0) {
      put("<p class=\"muted\">{} dropped, left out of every count.</p>\n",
          count_noun(card_.dropped, "tactic"));
    }
    out_ += "</header>\n";
  }

  void goals() {
    out_ += "<section class=\"goals\">\n<h2>Strategy goals</h2>\n";
    if (card_.goals.empty()) {
      out_ += "<p class=\"muted\">The strategy has no goals.</p>\n</section>\n";
      return;
    }
    out_ +=
        "<table>\n<tr><th>Goal</th><th>Progress</th><th class=\"num\">Actual</th>"
        "<th class=\"num\">Target</th><th>Due</th><th class=\"num\">Tactics done</th></tr>\n";
    for (const GoalFigures& g : card_.goals) {
      const std::string progress =
          g.progress ? html_meter(*g.progress, percent(g.progress), *g.progress >= 1 ? "done" : "")
                     : "<span class=\"muted\">n/a</span>";
      put("<tr><td>{}<br><span class=\"muted\">{}</span></td><td>{}</td><td class=\"num\">{}</td>"
          "<td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td></tr>\n",
          escape_markup(g.name), escape_markup(g.metric), progress,
          g.actual ? format_number(*g.actual) : "-", g.target ? format_number(*g.target) : "-",
          g.due ? format_date(*g.due) : "-",
          g.unsupported() ? std::string("<span class=\"warning\">no tactic supports it</span>")
                          : fmt::format("{} of {}", g.done, g.tactics.size()));
    }
    out_ += "</table>\n</section>\n";
  }

  void timeline() {
    out_ += "<section class=\"timeline\">\n<h2>Timeline</h2>\n";
    std::string svg = render_timeline_svg(page_.timeline);
    // Inline SVG in HTML takes no XML declaration.
    if (svg.starts_with("<?xml")) svg.erase(0, svg.find('\n') + 1);
    out_ += svg;
    out_ += "</section>\n";
  }

  void tally(const Tally& t) {
    put("<p>How am I doing? {} {}: <span class=\"done\">{} done</span>, "
        "<span class=\"on-track\">{} on track</span>, <span class=\"behind-pace\">{} behind "
        "pace</span>, <span class=\"overdue\">{} overdue</span>, <span class=\"blocked\">{} "
        "blocked</span>. Completion {}, on time {}.</p>\n",
        t.total, t.total == 1 ? "tactic" : "tactics", t.done, t.on_track, t.behind_pace, t.overdue,
        t.blocked,
        t.completion() ? html_meter(*t.completion(), percent(t.completion()), "done") : "n/a",
        percent(t.on_time_rate()));
  }

  void questions(const Accountability& a) {
    if (a.tactics.empty()) {
      out_ += "<p class=\"muted\">What's my job? Nothing is assigned.</p>\n";
      return;
    }
    out_ +=
        "<table>\n<tr><th>What's my job?</th><th>Due</th><th>Standing</th>"
        "<th>Measure</th></tr>\n";
    for (const int i : a.tactics) {
      const TacticFigures& t = card_.tactics[static_cast<std::size_t>(i)];
      std::string measure = escape_markup(t.metric);
      if (t.target) {
        measure += fmt::format(": {} of {}", t.actual ? format_number(*t.actual) : "?",
                               format_number(*t.target));
      }
      put("<tr><td>{} <code>{}</code></td><td>{}</td><td class=\"standing {}\">{}</td>"
          "<td>{}</td></tr>\n",
          escape_markup(t.title), escape_markup(t.id), t.due ? format_date(*t.due) : "-",
          standing_token(t.assessment.standing), to_string(t.assessment.standing), measure);
    }
    out_ += "</table>\n<p>What counts? ";
    if (a.goals.empty()) out_ += "<span class=\"muted\">no goal</span>";
    for (std::size_t k = 0; k < a.goals.size(); ++k) {
      put("{}{}", k == 0 ? "" : "; ",
          escape_markup(card_.goals[static_cast<std::size_t>(a.goals[k])].name));
    }
    put(". Due in the next {} days: ", kDueAheadDays);
    if (a.due_ahead.empty()) out_ += "nothing";
    for (std::size_t k = 0; k < a.due_ahead.size(); ++k) {
      const TacticFigures& t = card_.tactics[static_cast<std::size_t>(a.due_ahead[k])];
      put("{}<code>{}</code> ({})", k == 0 ? "" : ", ", escape_markup(t.id),
          t.due ? format_date(*t.due) : "-");
    }
    out_ += ".</p>\n";
    tally(a.tally);
  }

  void roles() {
    out_ += "<section class=\"roles\">\n<h2>Roles and people</h2>\n";
    for (const RoleReport& role : card_.roles) {
      put("<section class=\"role\">\n<h3>{} <code>{}</code></h3>\n", escape_markup(role.name),
          escape_markup(role.id));
      questions(role.figures);
      for (const PersonReport& person : role.people) {
        put("<div class=\"person\">\n<h4>{}</h4>\n",
            person.unassigned ? std::string("Unassigned") : escape_markup(person.name));
        questions(person.figures);
        out_ += "</div>\n";
      }
      out_ += "</section>\n";
    }
    out_ += "</section>\n";
  }

  void findings() {
    out_ += "<section class=\"findings\">\n<h2>Findings</h2>\n";
    if (page_.findings.empty()) {
      out_ += "<p class=\"muted\">`plan check` finds nothing to fix.</p>\n</section>\n";
      return;
    }
    out_ += "<table>\n<tr><th>Where</th><th>Severity</th><th>Finding</th><th>Rule</th></tr>\n";
    for (const PageFinding& f : page_.findings) {
      put("<tr><td><code>{}:{}:{}</code></td><td class=\"{}\">{}</td><td>{}</td>"
          "<td><code>{}</code></td></tr>\n",
          escape_markup(page_.file), f.line, f.column, to_string(f.severity), to_string(f.severity),
          escape_markup(f.message), escape_markup(f.rule));
    }
    out_ += "</table>\n</section>\n";
  }
};

}  // namespace
}  // namespace plan::render

namespace plan {

std::string render_report_html(const ReportPage& page) {
  return render::Page(page).render();
}

}  // namespace plan

// `plan pipeline --format html`: the pipeline as one HTML page. The funnel
// of open deals (deals and weighted value per stage, each stage's value as a
// bar), the forecast by quarter, the closed deals (bookings, win rate),
// quota attainment and coverage per person, the stalled deals and the figures
// per owner. The report page shows the same sections.

#include <algorithm>
#include <iterator>

#include <fmt/format.h>

#include "plan/render/html.hpp"
#include "render/markup.hpp"
#include "render/money.hpp"
#include "render/numbers.hpp"

namespace plan::render {

std::string html_pipeline_sections(const Pipeline& p) {
  const bool cents = p.has_cents();
  auto amount = [&](Cents c) { return money(c, cents); };
  std::string out;

  out += "<section class=\"pipeline\">\n<h2>Pipeline</h2>\n<div class=\"figures\">\n";
  append(out, "<div class=\"figure\"><b>{}</b>deals</div>\n", p.deal_count);
  append(out, "<div class=\"figure\"><b>{}</b>pipeline value</div>\n", amount(p.value));
  append(out, "<div class=\"figure\"><b>{}</b>weighted forecast</div>\n", amount(p.forecast));
  append(out, "<div class=\"figure\"><b>{}</b>stalled</div>\n", p.stalled);
  out += "</div>\n";
  if (p.unknown_deals > 0) {
    append(out,
           "<p class=\"warning\">{} in stages without a probability ({}) are left out of the "
           "forecast.</p>\n",
           count_noun(p.unknown_deals, "deal"), amount(p.unknown_value));
  }
  if (p.capped)
    out += "<p class=\"error\">An amount is too large to count: the figures are capped.</p>\n";

  // The funnel: each stage's value as a share of the largest stage's.
  Cents widest = 1;
  for (const StageFigures& s : p.stages)
    widest = std::max(widest, s.value);
  out +=
      "<h3>Funnel</h3>\n<table>\n<tr><th>Stage</th><th class=\"num\">Probability</th>"
      "<th class=\"num\">Deals</th><th>Value</th><th class=\"num\">Weighted</th>"
      "<th class=\"num\">Stalled</th></tr>\n";
  for (const StageFigures& s : p.stages) {
    append(out,
           "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td>"
           "<td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
           escape_markup(s.name), s.probability ? probability_percent(*s.probability) : "unknown",
           s.deals,
           html_meter(static_cast<double>(s.value) / static_cast<double>(widest), amount(s.value)),
           s.weighted ? amount(*s.weighted) : "unknown", s.stalled);
  }
  append(out,
         "<tr><th>Total</th><td></td><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td>"
         "<td class=\"num\">{}</td></tr>\n</table>\n",
         p.deal_count, amount(p.value), amount(p.forecast), p.stalled);

  // The forecast by the quarter deals are expected to close in.
  if (!p.quarters.empty()) {
    out +=
        "<h3>Forecast by quarter</h3>\n<table>\n<tr><th>Quarter</th><th class=\"num\">Deals</th>"
        "<th class=\"num\">Value</th><th class=\"num\">Weighted</th></tr>\n";
    for (const QuarterFigures& q : p.quarters) {
      append(out,
             "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
             "<td class=\"num\">{}</td></tr>\n",
             q.label.empty() ? "no close date" : escape_markup(q.label), q.deals, amount(q.value),
             amount(q.weighted));
    }
    out += "</table>\n";
  }

  // Closed deals: bookings and the win rate in the tactical window.
  append(out,
         "<h3>Closed deals</h3>\n<div class=\"figures\">\n"
         "<div class=\"figure\"><b>{}</b>bookings</div>\n"
         "<div class=\"figure\"><b>{}</b>win rate</div>\n"
         "<div class=\"figure\"><b>{}</b>won</div>\n"
         "<div class=\"figure\"><b>{}</b>lost</div>\n</div>\n",
         amount(p.bookings), percent(p.win_rate), p.won, p.lost);

  // Attainment and coverage of each person whose role has a quota.
  const bool any_quota = std::any_of(p.people.begin(), p.people.end(),
                                     [](const PersonSales& s) { return s.quota.has_value(); });
  if (any_quota) {
    out +=
        "<h3>Quota attainment</h3>\n<table>\n<tr><th>Person</th><th class=\"num\">Quota</th>"
        "<th>Attainment</th><th class=\"num\">Bookings</th><th class=\"num\">Open weighted</th>"
        "<th class=\"num\">Coverage</th></tr>\n";
    for (const PersonSales& s : p.people) {
      if (!s.quota) continue;
      append(out,
             "<tr><td>{} <span class=\"muted\">({})</span></td><td class=\"num\">{}</td>"
             "<td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
             "<td class=\"num\">{}</td></tr>\n",
             escape_markup(s.person), escape_markup(s.role_name), amount(*s.quota),
             s.attainment ? html_meter(std::min(*s.attainment, 1.0), percent(s.attainment)) : "n/a",
             amount(s.bookings), amount(s.open_weighted),
             s.coverage ? format_number(*s.coverage) + "×" : "n/a");
    }
    out += "</table>\n";
  }

  out += "<h3>Stalled deals</h3>\n";
  if (p.stalled == 0) {
    out += "<p class=\"muted\">No deal has been in its stage longer than the stage allows.</p>\n";
  } else {
    out +=
        "<table>\n<tr><th>Deal</th><th>Stage</th><th class=\"num\">Days in stage</th>"
        "<th class=\"num\">Allowed</th><th>Owner</th><th class=\"num\">Value</th></tr>\n";
    for (const DealFigures& d : p.deals) {
      if (!d.stalled) continue;
      append(out,
             "<tr><td>{} <code>{}</code></td><td>{}</td><td class=\"num overdue\">{}</td>"
             "<td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td></tr>\n",
             escape_markup(d.name), escape_markup(d.id), escape_markup(d.stage_name),
             d.days_in_stage ? std::to_string(*d.days_in_stage) : "-",
             d.max_days ? std::to_string(*d.max_days) : "-", escape_markup(owner_label(d)),
             amount(d.value));
    }
    out += "</table>\n";
  }

  if (!p.owners.empty()) {
    out +=
        "<h3>By owner</h3>\n<table>\n<tr><th>Owner</th><th class=\"num\">Deals</th>"
        "<th class=\"num\">Value</th><th class=\"num\">Weighted</th></tr>\n";
    for (const OwnerFigures& o : p.owners) {
      std::string who = o.assignee.empty() ? o.role_name : o.assignee;
      if (!o.assignee.empty() && !o.role_name.empty()) who += " (" + o.role_name + ")";
      append(out,
             "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
             "<td class=\"num\">{}</td></tr>\n",
             escape_markup(or_dash(who)), o.deals, amount(o.value), amount(o.weighted));
    }
    out += "</table>\n";
  }
  out += "</section>\n";
  return out;
}

}  // namespace plan::render

namespace plan {

std::string render_pipeline_html(const Pipeline& p) {
  using namespace render;
  const std::string title = fmt::format("{}: pipeline as of {}", p.plan_name, format_date(p.as_of));
  std::string out = html_page_start(title);
  out += fmt::format(
      "<header>\n<h1>{}</h1>\n<p class=\"sub\">Pipeline{} as of {}</p>\n</header>\n",
      escape_markup(p.plan_name),
      p.process_name.empty() ? "" : " of the " + escape_markup(p.process_name) + " process",
      format_date(p.as_of));
  out += html_pipeline_sections(p);
  out += html_page_end();
  return out;
}

}  // namespace plan

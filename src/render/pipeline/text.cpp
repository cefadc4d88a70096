// `plan pipeline` as aligned text for a terminal: deals by stage with the
// weighted forecast, every deal, the stalled ones, and figures per owner.

#include <algorithm>
#include <limits>
#include <string_view>

#include <fmt/format.h>

#include "plan/render/pipeline.hpp"
#include "render/money.hpp"
#include "render/numbers.hpp"
#include "render/terminal.hpp"

namespace plan::render {
namespace {

class Writer {
 public:
  Writer(const Pipeline& pipeline, const Palette& palette)
      : p_(pipeline), c_(palette), cents_(pipeline.has_cents()) {}

  std::string render() {
    out_ +=
        paint(c_.bold,
              fmt::format("{}: pipeline as of {}", one_line(p_.plan_name), format_date(p_.as_of)),
              c_) +
        "\n";
    out_ += fmt::format("  Process: {}\n", one_line(p_.process_name));
    stages();
    deals();
    stalled();
    owners();
    quarters();
    closed();
    attainment();
    return std::move(out_);
  }

 private:
  std::string amount(Cents c) const { return money(c, cents_); }

  void heading(std::string_view text) {
    out_ += fmt::format("\n{}{}{}\n", c_.bold, text, c_.reset);
  }

  void stages() {
    heading("By stage");
    TextTable table({false, true, true, true, true, true});
    table.add_row({"Stage", "Deals", "Value", "Probability", "Weighted", "Stalled"});
    std::vector<std::string_view> colors{c_.bold};
    for (const StageFigures& s : p_.stages) {
      table.add_row({s.name, std::to_string(s.deals), amount(s.value),
                     s.probability ? probability_percent(*s.probability) : "unknown",
                     s.weighted ? amount(*s.weighted) : "unknown", std::to_string(s.stalled)});
      colors.push_back(!s.probability && s.deals > 0 ? c_.yellow : "");
    }
    table.add_row({"Total", std::to_string(p_.deal_count), amount(p_.value), "",
                   amount(p_.forecast), std::to_string(p_.stalled)});
    colors.push_back(c_.bold);
    out_ += paint_lines(table.render("  "), colors, c_);
    out_ += fmt::format("\n  Pipeline value {}; weighted forecast {} (value × probability)\n",
                        amount(p_.value), amount(p_.forecast));
    if (p_.capped) {
      out_ +=
          fmt::format("  {}some amounts are too large to count and are shown at the limit, {}{}\n",
                      c_.yellow, amount(std::numeric_limits<Cents>::max()), c_.reset);
    }
    if (p_.unknown_deals > 0) {
      std::vector<std::string> names;
      for (const int s : p_.unknown_stages)
        names.push_back(one_line(p_.stages[static_cast<std::size_t>(s)].name));
      out_ += fmt::format(
          "  {}{} {} worth {} {} in {} without a probability ({}): shown, but left out of the "
          "forecast{}\n",
          c_.yellow, p_.unknown_deals, p_.unknown_deals == 1 ? "deal" : "deals",
          amount(p_.unknown_value), p_.unknown_deals == 1 ? "is" : "are",
          names.size() == 1 ? "a stage" : "stages", fmt::join(names, ", "), c_.reset);
    }
  }

  void deals() {
    heading("Deals");
    if (p_.deals.empty()) {
      out_ += "  none\n";
      return;
    }
    TextTable table({false, false, false, true, true, true, true, false, false});
    table.add_row(
        {"Deal", "Name", "Stage", "Value", "Probability", "Weighted", "Days", "Owner", ""});
    std::vector<std::string_view> colors{c_.bold};
    for (const DealFigures& d : p_.deals) {
      table.add_row({d.id, d.name, d.stage_name, amount(d.value),
                     d.probability ? probability_percent(*d.probability) : "unknown",
                     d.weighted ? amount(*d.weighted) : "unknown",
                     d.days_in_stage ? std::to_string(*d.days_in_stage) : "-", owner_label(d),
                     d.stalled ? "stalled" : ""});
      colors.push_back(d.stalled ? c_.red : "");
    }
    out_ += paint_lines(table.render("  "), colors, c_);
  }

  void stalled() {
    heading("Stalled deals");
    if (p_.stalled == 0) {
      out_ += "  none\n";
      return;
    }
    TextTable table;
    for (const DealFigures& d : p_.deals) {
      if (!d.stalled) continue;
      table.add_row({d.id, d.name, d.stage_name,
                     fmt::format("{} in stage since {}, {} over the stage's max_days of {}",
                                 count_noun(*d.days_in_stage, "day"), format_date(*d.since),
                                 count_noun(*d.days_in_stage - *d.max_days, "day"), *d.max_days)});
    }
    const std::vector<std::string_view> colors(static_cast<std::size_t>(p_.stalled), c_.red);
    out_ += paint_lines(table.render("  "), colors, c_);
  }

  void owners() {
    heading("By owner");
    if (p_.owners.empty()) {
      out_ += "  none\n";
      return;
    }
    // "Left out": value in stages without a probability, only when there is some.
    const bool unknown = p_.unknown_deals > 0;
    TextTable table({false, false, true, true, true, true});
    table.add_row({"Owner", "Role", "Deals", "Value", "Weighted", unknown ? "Left out" : ""});
    for (const OwnerFigures& o : p_.owners) {
      table.add_row({or_dash(o.assignee), or_dash(o.role_name), std::to_string(o.deals),
                     amount(o.value), amount(o.weighted), unknown ? amount(o.unknown_value) : ""});
    }
    out_ += paint_lines(table.render("  "), {c_.bold}, c_);
  }

  void quarters() {
    heading("Forecast by quarter (open deals by close date)");
    if (p_.quarters.empty()) {
      out_ += "  none\n";
      return;
    }
    TextTable table({false, true, true, true});
    table.add_row({"Quarter", "Deals", "Value", "Weighted"});
    for (const QuarterFigures& q : p_.quarters) {
      table.add_row({q.label.empty() ? "no close date" : q.label, std::to_string(q.deals),
                     amount(q.value), amount(q.weighted)});
    }
    out_ += paint_lines(table.render("  "), {c_.bold}, c_);
  }

  void closed() {
    heading("Closed deals");
    out_ +=
        fmt::format("  Bookings {} from {} won in the tactical window; {} lost there\n",
                    amount(p_.bookings), count_noun(p_.won_in_window, "deal"), p_.lost_in_window);
    out_ += fmt::format("  Win rate {}{}\n", percent(p_.win_rate),
                        p_.win_rate ? " (won ÷ won and lost, closed in the tactical window)"
                                    : " (no deal closed in the tactical window)");
  }

  void attainment() {
    heading("Quota attainment");
    TextTable table({false, false, true, true, true, true, true});
    table.add_row(
        {"Person", "Role", "Quota", "Bookings", "Attainment", "Open weighted", "Coverage"});
    bool any = false;
    for (const PersonSales& ps : p_.people) {
      if (!ps.quota) continue;
      any = true;
      table.add_row({ps.person, or_dash(ps.role_name), amount(*ps.quota), amount(ps.bookings),
                     percent(ps.attainment), amount(ps.open_weighted),
                     ps.coverage ? format_number(*ps.coverage) + "×" : "n/a"});
    }
    if (!any) {
      out_ += "  no role has a quota\n";
      return;
    }
    out_ += paint_lines(table.render("  "), {c_.bold}, c_);
    out_ += "  Coverage: open weighted pipeline ÷ the quota still to book; n/a once it is met\n";
  }

  const Pipeline& p_;
  const Palette& c_;
  bool cents_;
  std::string out_;
};

}  // namespace
}  // namespace plan::render

namespace plan {

std::string render_pipeline_text(const Pipeline& pipeline, const PipelineTextOptions& options) {
  // Plan text is made safe where it is shown (tables, headings), not copied.
  return render::Writer(pipeline, render::palette(options.color)).render();
}

}  // namespace plan

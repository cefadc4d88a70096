// `plan pipeline` as GitHub-flavoured Markdown: the forecast, then tables by
// stage, by deal and by owner.

#include <limits>

#include <fmt/format.h>

#include "plan/render/pipeline.hpp"
#include "render/markdown.hpp"
#include "render/money.hpp"
#include "render/numbers.hpp"

namespace plan::render {
namespace {

class Writer {
 public:
  explicit Writer(const Pipeline& pipeline) : p_(pipeline), cents_(pipeline.has_cents()) {}

  std::string render() {
    out_ += fmt::format("# {}: pipeline\n\nAs of {}; process: {}.\n\n", markdown_cell(p_.plan_name),
                        format_date(p_.as_of), markdown_cell(p_.process_name));
    out_ += fmt::format(
        "**Pipeline value {}; weighted forecast {}** (the sum of value × probability).\n",
        amount(p_.value), amount(p_.forecast));
    if (p_.capped) {
      out_ += fmt::format(
          "\n> **Note:** some amounts are too large to count and are shown at the limit, {}.\n",
          amount(std::numeric_limits<Cents>::max()));
    }
    if (p_.unknown_deals > 0) {
      std::vector<std::string> names;
      for (const int s : p_.unknown_stages)
        names.push_back(markdown_cell(p_.stages[static_cast<std::size_t>(s)].name));
      out_ += fmt::format(
          "\n> **Note:** {} {} worth {} {} in {} without a probability ({}): shown, but left out "
          "of the forecast.\n",
          p_.unknown_deals, p_.unknown_deals == 1 ? "deal" : "deals", amount(p_.unknown_value),
          p_.unknown_deals == 1 ? "is" : "are", names.size() == 1 ? "a stage" : "stages",
          fmt::join(names, ", "));
    }
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

  void stages() {
    out_ += "\n## By stage\n\n";
    std::vector<std::vector<std::string>> rows;
    for (const StageFigures& s : p_.stages) {
      rows.push_back({s.name, std::to_string(s.deals), amount(s.value),
                      s.probability ? probability_percent(*s.probability) : "unknown",
                      s.weighted ? amount(*s.weighted) : "unknown (left out)",
                      std::to_string(s.stalled)});
    }
    rows.push_back({"**Total**", std::to_string(p_.deal_count), amount(p_.value), "",
                    amount(p_.forecast), std::to_string(p_.stalled)});
    out_ += markdown_table({"Stage", "Deals", "Value", "Probability", "Weighted", "Stalled"}, rows,
                           {false, true, true, true, true, true});
  }

  void deals() {
    out_ += "\n## Deals\n\n";
    if (p_.deals.empty()) {
      out_ += "None.\n";
      return;
    }
    std::vector<std::vector<std::string>> rows;
    for (const DealFigures& d : p_.deals) {
      rows.push_back({markdown_code(d.id), d.name, d.stage_name, amount(d.value),
                      d.probability ? probability_percent(*d.probability) : "unknown",
                      d.weighted ? amount(*d.weighted) : "unknown",
                      d.days_in_stage ? std::to_string(*d.days_in_stage) : "-",
                      d.stalled ? "**stalled**" : "", owner_label(d)});
    }
    out_ += markdown_table({"Deal", "Name", "Stage", "Value", "Probability", "Weighted",
                            "Days in stage", "Stalled", "Owner"},
                           rows, {false, false, false, true, true, true, true, false, false});
  }

  void stalled() {
    out_ += "\n## Stalled deals\n\n";
    if (p_.stalled == 0) {
      out_ += "None.\n";
      return;
    }
    for (const DealFigures& d : p_.deals) {
      if (!d.stalled) continue;
      out_ +=
          fmt::format("- {} {} ({}): {} in stage since {}, {} over the stage's `max_days` of {}\n",
                      markdown_code(d.id), markdown_cell(d.name), markdown_cell(d.stage_name),
                      count_noun(*d.days_in_stage, "day"), format_date(*d.since),
                      count_noun(*d.days_in_stage - *d.max_days, "day"), *d.max_days);
    }
  }

  void owners() {
    out_ += "\n## By owner\n\n";
    if (p_.owners.empty()) {
      out_ += "None.\n";
      return;
    }
    // "Left out": value in stages without a probability, only when there is some.
    const bool unknown = p_.unknown_deals > 0;
    std::vector<std::string> header{"Owner", "Role", "Deals", "Value", "Weighted"};
    if (unknown) header.push_back("Left out");
    std::vector<std::vector<std::string>> rows;
    for (const OwnerFigures& o : p_.owners) {
      rows.push_back({or_dash(o.assignee), or_dash(o.role_name), std::to_string(o.deals),
                      amount(o.value), amount(o.weighted)});
      if (unknown) rows.back().push_back(amount(o.unknown_value));
    }
    out_ += markdown_table(header, rows, {false, false, true, true, true, true});
  }

  void quarters() {
    out_ += "\n## Forecast by quarter\n\nOpen deals by the quarter of their `close` date.\n\n";
    if (p_.quarters.empty()) {
      out_ += "None.\n";
      return;
    }
    std::vector<std::vector<std::string>> rows;
    for (const QuarterFigures& q : p_.quarters) {
      rows.push_back({q.label.empty() ? "no close date" : q.label, std::to_string(q.deals),
                      amount(q.value), amount(q.weighted)});
    }
    out_ +=
        markdown_table({"Quarter", "Deals", "Value", "Weighted"}, rows, {false, true, true, true});
  }

  void closed() {
    out_ += "\n## Closed deals\n\n";
    out_ += fmt::format("- Bookings: {} from {} won in the tactical window\n", amount(p_.bookings),
                        count_noun(p_.won_in_window, "deal"));
    out_ += fmt::format("- Lost in the tactical window: {}\n", p_.lost_in_window);
    out_ += fmt::format("- Win rate: {}{}\n", percent(p_.win_rate),
                        p_.win_rate ? "" : " (no deal closed in the tactical window)");
  }

  void attainment() {
    out_ += "\n## Quota attainment\n\n";
    std::vector<std::vector<std::string>> rows;
    for (const PersonSales& ps : p_.people) {
      if (!ps.quota) continue;
      rows.push_back({markdown_cell(ps.person), or_dash(ps.role_name), amount(*ps.quota),
                      amount(ps.bookings), percent(ps.attainment), amount(ps.open_weighted),
                      ps.coverage ? format_number(*ps.coverage) + "×" : "n/a"});
    }
    if (rows.empty()) {
      out_ += "No role has a quota.\n";
      return;
    }
    out_ += markdown_table(
        {"Person", "Role", "Quota", "Bookings", "Attainment", "Open weighted", "Coverage"}, rows,
        {false, false, true, true, true, true, true});
    out_ += "\nCoverage: open weighted pipeline ÷ the quota still to book; n/a once it is met.\n";
  }

  const Pipeline& p_;
  bool cents_;
  std::string out_;
};

}  // namespace
}  // namespace plan::render

namespace plan {

std::string render_pipeline_markdown(const Pipeline& pipeline) {
  return render::Writer(pipeline).render();
}

}  // namespace plan

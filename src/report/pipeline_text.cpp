// `plan pipeline` as aligned text for a terminal: deals by stage with the
// weighted forecast, every deal, the stalled ones, and figures per owner.

#include <algorithm>
#include <limits>
#include <string_view>

#include <fmt/format.h>

#include "report/pipeline_render.hpp"
#include "report/table.hpp"

namespace plan::report {
namespace {

struct Palette {
  std::string_view heading, stalled, warn, reset;
};
constexpr Palette kColor{"\x1b[1m", "\x1b[31m", "\x1b[33m", "\x1b[0m"};
constexpr Palette kPlain{"", "", "", ""};

/// Colours each line of a rendered table, line i in `colors[i]` (none when
/// empty or missing). Colours go on after alignment, so widths stay right.
std::string paint(const std::string& table, const std::vector<std::string_view>& colors,
                  std::string_view reset) {
  std::string out;
  std::size_t begin = 0;
  for (std::size_t line = 0; begin < table.size(); ++line) {
    const std::size_t end = table.find('\n', begin);
    const std::string_view text(table.data() + begin, end - begin);
    const std::string_view color = line < colors.size() ? colors[line] : "";
    out += color.empty() ? std::string(text) : fmt::format("{}{}{}", color, text, reset);
    out += '\n';
    begin = end + 1;
  }
  return out;
}

/// Calls `f` on every text of the plan's own in the figures (ids cannot hold
/// control characters), every one of them: `|=`, not `||`.
template <class Figures, class F>
bool each_text(Figures& p, F f) {
  bool any = f(p.plan_name);
  any |= f(p.process_name);
  for (auto& s : p.stages)
    any |= f(s.name);
  for (auto& d : p.deals) {
    any |= f(d.name);
    any |= f(d.stage_name);
    any |= f(d.role_name);
    any |= f(d.assignee);
  }
  for (auto& o : p.owners) {
    any |= f(o.role_name);
    any |= f(o.assignee);
  }
  return any;
}

class Writer {
 public:
  Writer(const Pipeline& pipeline, const Palette& palette)
      : p_(pipeline), c_(palette), cents_(pipeline.has_cents()) {}

  std::string render() {
    out_ += fmt::format("{}{}: pipeline as of {}{}\n", c_.heading, p_.plan_name,
                        format_date(p_.as_of), c_.reset);
    out_ += fmt::format("  Process: {}\n", p_.process_name);
    stages();
    deals();
    stalled();
    owners();
    return std::move(out_);
  }

 private:
  std::string amount(Cents c) const { return money(c, cents_); }

  void heading(std::string_view text) {
    out_ += fmt::format("\n{}{}{}\n", c_.heading, text, c_.reset);
  }

  void stages() {
    heading("By stage");
    TextTable table({false, true, true, true, true, true});
    table.add_row({"Stage", "Deals", "Value", "Probability", "Weighted", "Stalled"});
    std::vector<std::string_view> colors{c_.heading};
    for (const StageFigures& s : p_.stages) {
      table.add_row({s.name, std::to_string(s.deals), amount(s.value),
                     s.probability ? probability_percent(*s.probability) : "unknown",
                     s.weighted ? amount(*s.weighted) : "unknown", std::to_string(s.stalled)});
      colors.push_back(!s.probability && s.deals > 0 ? c_.warn : "");
    }
    table.add_row({"Total", std::to_string(p_.deal_count), amount(p_.value), "",
                   amount(p_.forecast), std::to_string(p_.stalled)});
    colors.push_back(c_.heading);
    out_ += paint(table.render("  "), colors, c_.reset);
    out_ += fmt::format("\n  Pipeline value {}; weighted forecast {} (value × probability)\n",
                        amount(p_.value), amount(p_.forecast));
    if (p_.capped) {
      out_ +=
          fmt::format("  {}some amounts are too large to count and are shown at the limit, {}{}\n",
                      c_.warn, amount(std::numeric_limits<Cents>::max()), c_.reset);
    }
    if (p_.unknown_deals > 0) {
      std::vector<std::string> names;
      for (const int s : p_.unknown_stages)
        names.push_back(p_.stages[static_cast<std::size_t>(s)].name);
      out_ += fmt::format(
          "  {}{} {} worth {} {} in {} without a probability ({}): shown, but left out of the "
          "forecast{}\n",
          c_.warn, p_.unknown_deals, p_.unknown_deals == 1 ? "deal" : "deals",
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
    std::vector<std::string_view> colors{c_.heading};
    for (const DealFigures& d : p_.deals) {
      table.add_row({d.id, d.name, d.stage_name, amount(d.value),
                     d.probability ? probability_percent(*d.probability) : "unknown",
                     d.weighted ? amount(*d.weighted) : "unknown",
                     d.days_in_stage ? std::to_string(*d.days_in_stage) : "-", owner_label(d),
                     d.stalled ? "stalled" : ""});
      colors.push_back(d.stalled ? c_.stalled : "");
    }
    out_ += paint(table.render("  "), colors, c_.reset);
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
    const std::vector<std::string_view> colors(static_cast<std::size_t>(p_.stalled), c_.stalled);
    out_ += paint(table.render("  "), colors, c_.reset);
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
    out_ += paint(table.render("  "), {c_.heading}, c_.reset);
  }

  const Pipeline& p_;
  const Palette& c_;
  bool cents_;
  std::string out_;
};

}  // namespace

std::string render_pipeline_text(const Pipeline& pipeline, const PipelineTextOptions& options) {
  const Palette& palette = options.color ? kColor : kPlain;
  // A name with a line break or an escape sequence is shown on one line, as
  // text; the copy is made only for a plan that has one.
  if (!each_text(pipeline, [](const std::string& t) { return has_control(t); })) {
    return Writer(pipeline, palette).render();
  }
  Pipeline copy = pipeline;
  each_text(copy, [](std::string& t) {
    t = one_line(t);
    return true;
  });
  return Writer(copy, palette).render();
}

}  // namespace plan::report

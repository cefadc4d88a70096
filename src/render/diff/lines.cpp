#include "render/diff/lines.hpp"

#include <cstdlib>

#include <fmt/format.h>

#include "render/numbers.hpp"

namespace plan::render {
namespace {

/// A value, or "(none)" when absent.
std::string value_or_none(const std::string& value, CodeStyle code) {
  return value.empty() ? std::string("(none)") : code(value);
}

}  // namespace

std::string_view section_title(DiffSection section) {
  static constexpr std::string_view kTitles[] = {"Plan",  "Strategy", "Goals", "Process",
                                                 "Roles", "Tactics",  "Deals", "Findings"};
  return kTitles[static_cast<std::size_t>(section)];
}

std::string describe_change(const Change& c, CodeStyle code) {
  const std::string who = c.id.empty() ? std::string() : code(c.id) + ": ";
  switch (c.kind) {
    case ChangeKind::added:
    case ChangeKind::removed:
      return code(c.id);
    case ChangeKind::slipped:
    case ChangeKind::pulled_in:
    case ChangeKind::window_moved: {
      const bool later = c.after > c.before;  // YYYY-MM-DD compares as dates
      return fmt::format("{}{} {} → {}, {} {}", who, c.key, c.before, c.after,
                         count_noun(c.days.value_or(0), "day"), later ? "later" : "earlier");
    }
    case ChangeKind::stage_moved: {
      std::string moved;
      if (c.stages && *c.stages != 0) {
        moved = fmt::format(", {} {}", count_noun(std::abs(*c.stages), "stage"),
                            *c.stages > 0 ? "forward" : "back");
      }
      return fmt::format("{}stage {} → {}{}", who, value_or_none(c.before, code),
                         value_or_none(c.after, code), moved);
    }
    case ChangeKind::new_error:
    case ChangeKind::new_warning:
    case ChangeKind::fixed:
      return fmt::format("{} on {}: {}{}", code(c.rule), code(c.subject), c.message,
                         c.at ? fmt::format(" (line {})", c.at->line) : std::string());
    default:
      return fmt::format("{}{} {} → {}", who, c.key, value_or_none(c.before, code),
                         value_or_none(c.after, code));
  }
}

}  // namespace plan::render

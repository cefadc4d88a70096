// The forms of amounts, probabilities and owners the pipeline renderers share.

#include "render/money.hpp"

#include <fmt/format.h>

#include "render/numbers.hpp"

namespace plan::render {
namespace {

/// The magnitude of `cents` as whole units and cents, without overflow at the extremes.
std::pair<unsigned long long, unsigned> split(Cents cents) {
  const unsigned long long magnitude = cents < 0 ? 0ULL - static_cast<unsigned long long>(cents)
                                                 : static_cast<unsigned long long>(cents);
  return {magnitude / 100, static_cast<unsigned>(magnitude % 100)};
}

}  // namespace

std::string money(Cents cents, bool with_cents) {
  auto [units, rest] = split(cents);
  const std::string sign = cents < 0 ? "-" : "";
  if (with_cents)
    return fmt::format("{}{}.{:02}", sign, group_thousands(fmt::format("{}", units)), rest);
  if (rest >= 50) ++units;  // halves away from zero
  return (units == 0 ? "" : sign) + group_thousands(fmt::format("{}", units));
}

std::string plain_money(Cents cents) {
  const auto [units, rest] = split(cents);
  return fmt::format("{}{}.{:02}", cents < 0 ? "-" : "", units, rest);
}

std::string owner_label(const DealFigures& d) {
  if (!d.assignee.empty() && !d.role_name.empty()) {
    return fmt::format("{} ({})", d.assignee, d.role_name);
  }
  if (!d.assignee.empty()) return d.assignee;
  if (!d.role_name.empty()) return d.role_name;
  return "unowned";
}

std::string probability_percent(double probability) {
  return format_number(probability * 100, 2) + "%";
}

}  // namespace plan::render

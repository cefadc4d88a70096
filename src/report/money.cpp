// The forms of amounts and probabilities the pipeline renderers share.

#include <fmt/format.h>

#include "report/pipeline_render.hpp"
#include "report/table.hpp"

namespace plan::report {
namespace {

/// Digits grouped by thousands: "1234567" -> "1,234,567".
std::string grouped(std::string digits) {
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

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
  if (with_cents) return fmt::format("{}{}.{:02}", sign, grouped(fmt::format("{}", units)), rest);
  if (rest >= 50) ++units;  // halves away from zero
  return (units == 0 ? "" : sign) + grouped(fmt::format("{}", units));
}

std::string plain_money(Cents cents) {
  const auto [units, rest] = split(cents);
  return fmt::format("{}{}.{:02}", cents < 0 ? "-" : "", units, rest);
}

std::string probability_percent(double probability) {
  return format_number(probability * 100, 2) + "%";
}

}  // namespace plan::report

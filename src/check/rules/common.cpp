#include <vector>

#include "check/rules/rules.hpp"

namespace plan::rules {

std::string describe_length(Window window, bool in_years) {
  const MonthsAndDays length = months_spanned(window);
  const int years = in_years ? length.months / 12 : 0;
  const int months = in_years ? length.months % 12 : length.months;
  std::vector<std::string> parts;
  const auto part = [&](int n, std::string_view unit) {
    if (n != 0) parts.push_back(fmt::format("{} {}{}", n, unit, n == 1 ? "" : "s"));
  };
  part(years, "year");
  part(months, "month");
  part(length.days, "day");
  if (parts.empty()) return "0 days";
  std::string out = parts[0];
  for (std::size_t i = 1; i < parts.size(); ++i) {
    out += (i + 1 == parts.size() ? " and " : ", ") + parts[i];
  }
  return out;
}

std::string describe_limits(const Limits& limits, std::string_view unit) {
  if (limits.low == limits.high) return fmt::format("exactly {} {}", limits.low, unit);
  return fmt::format("{} to {} {}", limits.low, limits.high, unit);
}

}  // namespace plan::rules

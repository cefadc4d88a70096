#include "render/numbers.hpp"

#include <cmath>

#include <fmt/format.h>

namespace plan::render {

std::string group_thousands(std::string_view digits) {
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string count_noun(long long n, std::string_view noun) {
  return fmt::format("{} {}{}", n, noun, n == 1 || n == -1 ? "" : "s");
}

std::string percent(std::optional<double> share) {
  if (!share) return "n/a";
  return fmt::format("{}%", static_cast<long long>(std::llround(*share * 100)));
}

std::string format_number(double value, int decimals) {
  const bool negative = value < 0;
  std::string digits = fmt::format("{:.{}f}", std::fabs(value), decimals);
  std::string fraction;
  if (const auto dot = digits.find('.'); dot != std::string::npos) {
    fraction = digits.substr(dot + 1);
    digits.resize(dot);
    while (!fraction.empty() && fraction.back() == '0')
      fraction.pop_back();
  }
  std::string grouped = group_thousands(digits);
  if (negative && (grouped != "0" || !fraction.empty())) grouped.insert(grouped.begin(), '-');
  return fraction.empty() ? grouped : grouped + "." + fraction;
}

}  // namespace plan::render

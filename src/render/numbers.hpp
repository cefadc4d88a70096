#pragma once
// Numbers and counts in words, as every format for people writes them:
// grouped digits, percentages, "3 days". The toolkits of each output form
// are terminal.hpp, markdown.hpp, csv.hpp and json_writer.hpp.

#include <optional>
#include <string>
#include <string_view>

namespace plan::render {

/// Digits grouped by thousands: "1234567" -> "1,234,567".
std::string group_thousands(std::string_view digits);

/// `text`, or "-" when it is empty.
inline std::string or_dash(const std::string& text) {
  return text.empty() ? "-" : text;
}

/// "1 day", "2 days": a count with its noun, plural unless it is 1 or -1.
std::string count_noun(long long n, std::string_view noun);

/// "42%" (rounded), or "n/a" when there is no figure.
std::string percent(std::optional<double> share);

/// A number as people write it: 12000000 -> "12,000,000"; fractions to at
/// most `decimals` places, trailing zeros dropped.
std::string format_number(double value, int decimals = 2);

}  // namespace plan::render

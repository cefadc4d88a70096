#include "load/scalar_forms.hpp"

#include <charconv>
#include <cstdint>

namespace plan::load {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alnum(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// Whole numbers without leading zeros; `at` advances past the digits.
std::optional<std::int64_t> whole_number(std::string_view text, std::size_t& at) {
  const std::size_t begin = at;
  while (at < text.size() && is_digit(text[at]))
    ++at;
  const std::size_t digits = at - begin;
  if (digits == 0 || digits > 9) return std::nullopt;  // 9 digits keep every sum in range
  if (digits > 1 && text[begin] == '0') return std::nullopt;
  std::int64_t value = 0;
  for (std::size_t i = begin; i < at; ++i)
    value = value * 10 + (text[i] - '0');
  return value;
}

struct Unit {
  char suffix;
  int scale;
};

/// Parses `<n><unit>...` with the units in the given (descending) order, each at most once.
std::optional<int> parse_duration(std::string_view text, Unit first, Unit second) {
  if (text.empty()) return std::nullopt;
  std::int64_t total = 0;
  std::size_t at = 0;
  int next_unit = 0;  // index of the first unit still allowed
  const Unit units[] = {first, second};
  while (at < text.size()) {
    const auto n = whole_number(text, at);
    if (!n || at >= text.size()) return std::nullopt;
    int unit = -1;
    for (int u = next_unit; u < 2; ++u) {
      if (text[at] == units[u].suffix) unit = u;
    }
    if (unit < 0) return std::nullopt;
    total += *n * units[unit].scale;
    next_unit = unit + 1;
    ++at;
  }
  if (total > INT32_MAX) return std::nullopt;
  return static_cast<int>(total);
}

}  // namespace

bool is_valid_id(std::string_view text) {
  if (text.empty() || !is_alnum(text[0])) return false;
  for (const char c : text) {
    if (!is_alnum(c) && c != '-' && c != '_' && c != '.') return false;
  }
  return true;
}

std::optional<double> parse_number(std::string_view text) {
  std::size_t at = 0;
  if (at < text.size() && text[at] == '-') ++at;
  const std::size_t int_begin = at;
  while (at < text.size() && is_digit(text[at]))
    ++at;
  const std::size_t int_digits = at - int_begin;
  if (int_digits == 0 || (int_digits > 1 && text[int_begin] == '0')) return std::nullopt;
  if (at < text.size() && text[at] == '.') {
    ++at;
    const std::size_t frac_begin = at;
    while (at < text.size() && is_digit(text[at]))
      ++at;
    if (at == frac_begin) return std::nullopt;
  }
  if (at != text.size()) return std::nullopt;
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<int> parse_integer(std::string_view text) {
  if (!parse_number(text) || text.find('.') != std::string_view::npos) return std::nullopt;
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<int> parse_days(std::string_view text) {
  return parse_duration(text, {'w', 7}, {'d', 1});
}

std::optional<int> parse_minutes(std::string_view text) {
  return parse_duration(text, {'h', 60}, {'m', 1});
}

}  // namespace plan::load

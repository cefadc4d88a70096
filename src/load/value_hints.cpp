#include "load/value_hints.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "load/scalar_forms.hpp"

namespace plan::load {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_space(char c) {
  return c == ' ' || c == '\t';
}
char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string_view trim(std::string_view t) {
  while (!t.empty() && is_space(t.front()))
    t.remove_prefix(1);
  while (!t.empty() && is_space(t.back()))
    t.remove_suffix(1);
  return t;
}

bool consume(std::string_view& t, std::string_view prefix) {
  if (!t.starts_with(prefix)) return false;
  t.remove_prefix(prefix.size());
  return true;
}

/// An exact decimal: `digits` × 10^`exponent`, so that `1.25M` and `60%` are
/// rescaled without the rounding of a double.
struct Decimal {
  bool negative = false;
  std::string digits;
  int exponent = 0;
};

/// The decimal in the format's form (`-?(0|[1-9][0-9]*)(\.[0-9]+)?`), or
/// nothing when it would be absurdly long.
std::optional<std::string> plain(Decimal d) {
  const std::size_t lead = d.digits.find_first_not_of('0');
  if (lead == std::string::npos) return std::string("0");
  d.digits.erase(0, lead);
  while (d.digits.size() > 1 && d.digits.back() == '0' && d.exponent < 0) {
    d.digits.pop_back();
    ++d.exponent;
  }
  if (d.exponent > 24 || d.exponent < -24 || d.digits.size() > 24) return std::nullopt;
  std::string out = d.negative ? "-" : "";
  if (d.exponent >= 0) {
    out += d.digits;
    out.append(static_cast<std::size_t>(d.exponent), '0');
    return out;
  }
  const int point = static_cast<int>(d.digits.size()) + d.exponent;
  if (point <= 0) {
    out += "0.";
    out.append(static_cast<std::size_t>(-point), '0');
    out += d.digits;
  } else {
    out += d.digits.substr(0, static_cast<std::size_t>(point));
    out += '.';
    out += d.digits.substr(static_cast<std::size_t>(point));
  }
  return out;
}

/// Digits with an optional point, and thousands separators (`,`, `_`, `'`,
/// a space) between groups of three.
std::optional<Decimal> mantissa(std::string_view& t) {
  Decimal d;
  bool point = false;
  std::size_t group = 0;  // digits since the last separator; 0 before any
  bool grouped = false;
  std::size_t at = 0;
  while (at < t.size()) {
    const char c = t[at];
    if (is_digit(c)) {
      d.digits += c;
      if (point) --d.exponent;
      ++group;
      ++at;
    } else if (c == '.' && !point) {
      if (grouped && group != 3) return std::nullopt;
      point = true;
      ++at;
    } else if ((c == ',' || c == '_' || c == '\'' || c == ' ') && !point && at > 0 &&
               is_digit(t[at - 1]) && at + 1 < t.size() && is_digit(t[at + 1])) {
      if (grouped && group != 3) return std::nullopt;
      if (!grouped && group > 3) return std::nullopt;
      grouped = true;
      group = 0;
      ++at;
    } else {
      break;
    }
  }
  if (grouped && !point && group != 3) return std::nullopt;
  if (d.digits.empty()) return std::nullopt;
  t.remove_prefix(at);
  return d;
}

/// A number as people write it: a sign, a currency sign, grouping, an
/// exponent, a scale (`k`, `M`, `bn`) or a `%`.
struct LooseNumber {
  Decimal value;
  bool percent = false;
};

std::optional<LooseNumber> read_loose_number(std::string_view t) {
  t = trim(t);
  LooseNumber n;
  if (consume(t, "-"))
    n.value.negative = true;
  else
    consume(t, "+");
  for (const std::string_view sign : {"$", "€", "£", "¥"}) {
    if (consume(t, sign)) break;
  }
  if (!n.value.negative && consume(t, "-")) n.value.negative = true;
  t = trim(t);
  auto m = mantissa(t);
  if (!m) return std::nullopt;
  n.value.digits = std::move(m->digits);
  n.value.exponent = m->exponent;
  if (t.size() >= 2 && (t[0] == 'e' || t[0] == 'E')) {
    std::string_view rest = t.substr(1);
    bool negative = consume(rest, "-");
    if (!negative) consume(rest, "+");
    int e = 0;
    std::size_t digits = 0;
    while (!rest.empty() && is_digit(rest.front()) && digits < 3) {
      e = e * 10 + (rest.front() - '0');
      rest.remove_prefix(1);
      ++digits;
    }
    if (digits == 0) return std::nullopt;
    n.value.exponent += negative ? -e : e;
    t = rest;
  }
  t = trim(t);
  struct Scale {
    std::string_view suffix;
    int power;
  };
  static constexpr std::array kScales = {
      Scale{"thousand", 3}, Scale{"million", 6}, Scale{"billion", 9}, Scale{"bn", 9}, Scale{"k", 3},
      Scale{"K", 3},        Scale{"M", 6},       Scale{"m", 6},       Scale{"mm", 6}, Scale{"B", 9},
  };
  if (consume(t, "%")) {
    n.percent = true;
  } else {
    for (const Scale& s : kScales) {
      if (t == s.suffix) {
        n.value.exponent += s.power;
        t = {};
        break;
      }
    }
  }
  for (const std::string_view code : {"USD", "EUR", "GBP", "dollars"}) {
    if (trim(t) == code) t = {};
  }
  if (!trim(t).empty()) return std::nullopt;
  return n;
}

/// A valid number's decimal, to rescale it.
Decimal decimal_of(std::string_view valid) {
  Decimal d;
  if (consume(valid, "-")) d.negative = true;
  for (const char c : valid) {
    if (c == '.') continue;
    d.digits += c;
  }
  if (const auto point = valid.find('.'); point != std::string_view::npos) {
    d.exponent = -static_cast<int>(valid.size() - point - 1);
  }
  return d;
}

bool in_range(std::string_view number, NumberForm form) {
  const auto value = parse_number(number);
  if (!value) return false;
  switch (form) {
    case NumberForm::any:
      return true;
    case NumberForm::at_least_zero:
      return *value >= 0;
    case NumberForm::fraction:
      return *value >= 0 && *value <= 1;
    case NumberForm::positive_whole:
      return *value > 0 && parse_integer(number).has_value();
  }
  return false;
}

// --- durations ----------------------------------------------------------------

struct UnitWord {
  std::string_view word;
  char unit;  // w, d, h, m; 'M' for a month, which has no fixed length
};

constexpr std::array kUnitWords = {
    UnitWord{"w", 'w'},      UnitWord{"wk", 'w'},      UnitWord{"wks", 'w'}, UnitWord{"week", 'w'},
    UnitWord{"weeks", 'w'},  UnitWord{"d", 'd'},       UnitWord{"day", 'd'}, UnitWord{"days", 'd'},
    UnitWord{"h", 'h'},      UnitWord{"hr", 'h'},      UnitWord{"hrs", 'h'}, UnitWord{"hour", 'h'},
    UnitWord{"hours", 'h'},  UnitWord{"m", 'm'},       UnitWord{"min", 'm'}, UnitWord{"mins", 'm'},
    UnitWord{"minute", 'm'}, UnitWord{"minutes", 'm'}, UnitWord{"mo", 'M'},  UnitWord{"mos", 'M'},
    UnitWord{"month", 'M'},  UnitWord{"months", 'M'},
};

/// One `<number> <unit>` of a loosely written duration, in sixtieths of its
/// unit so that `1.5h` and `0.25h` stay exact.
struct Amount {
  std::int64_t sixtieths;
  char unit;
};

std::optional<std::vector<Amount>> read_loose_duration(std::string_view t) {
  std::vector<Amount> amounts;
  t = trim(t);
  while (!t.empty()) {
    std::int64_t whole = 0;
    std::size_t digits = 0;
    while (!t.empty() && is_digit(t.front()) && digits < 9) {
      whole = whole * 10 + (t.front() - '0');
      t.remove_prefix(1);
      ++digits;
    }
    std::int64_t sixtieths = whole * 60;
    if (consume(t, ".") || consume(t, ",")) {
      // A fraction of a unit: only halves, quarters and the like are exact.
      std::int64_t numerator = 0;
      std::int64_t denominator = 1;
      std::size_t places = 0;
      while (!t.empty() && is_digit(t.front()) && places < 4) {
        numerator = numerator * 10 + (t.front() - '0');
        denominator *= 10;
        t.remove_prefix(1);
        ++places;
      }
      if (places == 0 || (numerator * 60) % denominator != 0) return std::nullopt;
      sixtieths += numerator * 60 / denominator;
    } else if (digits == 0) {
      return std::nullopt;
    }
    t = trim(t);
    std::string word;
    while (!t.empty() &&
           ((t.front() >= 'a' && t.front() <= 'z') || (t.front() >= 'A' && t.front() <= 'Z'))) {
      word += lower(t.front());
      t.remove_prefix(1);
    }
    const auto unit = std::find_if(kUnitWords.begin(), kUnitWords.end(),
                                   [&](const UnitWord& u) { return u.word == word; });
    if (unit == kUnitWords.end()) return std::nullopt;
    amounts.push_back(Amount{sixtieths, unit->unit});
    t = trim(t);
    if (consume(t, ",")) t = trim(t);
    if (consume(t, "and ")) t = trim(t);
  }
  if (amounts.empty()) return std::nullopt;
  return amounts;
}

}  // namespace

std::string_view describe(NumberForm form) {
  switch (form) {
    case NumberForm::any:
      return "a number";
    case NumberForm::at_least_zero:
      return "a number of at least 0";
    case NumberForm::fraction:
      return "a number from 0 to 1";
    case NumberForm::positive_whole:
      return "a positive whole number";
  }
  return "a number";
}

std::string_view example(NumberForm form) {
  switch (form) {
    case NumberForm::any:
      return "12 or 0.25";
    case NumberForm::at_least_zero:
      return "420000";
    case NumberForm::fraction:
      return "0.25";
    case NumberForm::positive_whole:
      return "30";
  }
  return "12";
}

std::string number_fix(std::string_view text, NumberForm form) {
  auto loose = read_loose_number(text);
  if (!loose) return {};
  if (loose->percent && form == NumberForm::fraction) {
    loose->value.exponent -= 2;
    const auto fraction = plain(loose->value);
    if (!fraction || !in_range(*fraction, form)) return {};
    return fmt::format("write it as a fraction: `{}`", *fraction);
  }
  const auto written = plain(loose->value);
  if (!written || *written == trim(text)) return {};
  if (!in_range(*written, form)) return {};
  if (loose->percent) return fmt::format("write `{}` without the `%`", *written);
  return fmt::format("write `{}`", *written);
}

std::string range_fix(std::string_view text, NumberForm form) {
  if (form != NumberForm::fraction || !parse_number(text)) return {};
  // 85 for 85%: a percentage where a fraction belongs. Below 2 (`1.5`) it
  // is more likely a slip than 1.5%, so nothing is guessed.
  const auto value = parse_number(text);
  if (*value < 2 || *value > 100) return {};
  Decimal d = decimal_of(text);
  d.exponent -= 2;
  const auto fraction = plain(d);
  if (!fraction) return {};
  return fmt::format("did you mean `{}`?", *fraction);
}

std::string duration_fix(std::string_view text, DurationUnits units) {
  const auto amounts = read_loose_duration(text);
  if (!amounts) return {};
  const bool hours = units == DurationUnits::hours_minutes;
  const char upper = hours ? 'h' : 'w';
  const char lower_unit = hours ? 'm' : 'd';
  const std::int64_t ratio = hours ? 60 : 7;  // lower units in one upper unit
  std::int64_t upper_sixtieths = 0;
  std::int64_t lower_sixtieths = 0;
  for (const Amount& a : *amounts) {
    if (a.unit == 'M') {
      return hours ? std::string("it takes hours and minutes, like `1h30m`")
                   : std::string(
                         "a month has no fixed length; write weeks or days, like `4w` "
                         "or `30d`");
    }
    if (a.unit == upper)
      upper_sixtieths += a.sixtieths;
    else if (a.unit == lower_unit)
      lower_sixtieths += a.sixtieths;
    else if (hours)
      return "it takes hours and minutes, like `1h30m`";
    else
      return "it takes weeks and days, like `1w2d`";
  }
  // A fraction of an upper unit becomes lower units: `1.5h` is `1h30m`.
  std::int64_t upper_whole = upper_sixtieths / 60;
  std::int64_t lower_total = lower_sixtieths + (upper_sixtieths % 60) * ratio;
  if (lower_total % 60 != 0) return {};
  lower_total /= 60;
  if (upper_sixtieths % 60 != 0) {
    upper_whole += lower_total / ratio;
    lower_total %= ratio;
  }
  if (upper_whole > 100000 || lower_total > 100000) return {};
  std::string written;
  if (upper_whole > 0) written += fmt::format("{}{}", upper_whole, upper);
  if (lower_total > 0 || written.empty()) written += fmt::format("{}{}", lower_total, lower_unit);
  if (written == text) return {};
  return fmt::format("write `{}`", written);
}

}  // namespace plan::load

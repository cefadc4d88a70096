#pragma once
// The strict value forms of docs/format.md: ids, numbers, durations.

#include <optional>
#include <string_view>

namespace plan::load {

/// ASCII letters, digits, `-`, `_` and `.`, starting with a letter or digit.
bool is_valid_id(std::string_view text);

/// `-?(0|[1-9][0-9]*)(\.[0-9]+)?`; the caller checks that the scalar is plain and untagged.
std::optional<double> parse_number(std::string_view text);

/// A number without fraction that fits an int.
std::optional<int> parse_integer(std::string_view text);

/// `within`: weeks then days (`2w`, `1w2d`, `5d`, `0d`), as days.
std::optional<int> parse_days(std::string_view text);

/// `effort`: hours then minutes (`1h`, `90m`, `1h30m`), as minutes.
std::optional<int> parse_minutes(std::string_view text);

}  // namespace plan::load

#pragma once
// "Did you mean ...": the closest candidate to a misspelt name.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace plan {

/// Edit distance with insertions, deletions, substitutions and adjacent swaps.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` when it is close enough to be a likely typo.
std::optional<std::string_view> closest_match(std::string_view word,
                                              std::span<const std::string_view> candidates);

/// `; did you mean `x`?` or nothing.
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace plan

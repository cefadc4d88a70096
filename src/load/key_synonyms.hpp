#pragma once
// The words people write for the format's keys (`deadline` for `due`,
// `members` for `people`): an unknown key that is one of them is answered with
// the key meant, where edit distance would find nothing near.

#include <optional>
#include <span>
#include <string_view>

namespace plan::load {

/// The key of `keys` that `word` is a known synonym of, if any.
std::optional<std::string_view> key_for_synonym(std::string_view word,
                                                std::span<const std::string_view> keys);

}  // namespace plan::load

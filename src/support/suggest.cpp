#include "plan/support/suggest.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include <fmt/format.h>

#include "support/utf8.hpp"

namespace plan {
namespace {

char32_t lower(char32_t c) {
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/// The code points of UTF-8 text (a stray byte counts as one), so that
/// distances count characters: "José" is one edit from "Jose".
std::u32string code_points(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const utf8::Decoded d = utf8::decode(text, i);
    out.push_back(d.valid ? d.code_point : static_cast<unsigned char>(text[i]));
    i += d.valid ? d.length : 1;
  }
  return out;
}

std::size_t distance(const std::u32string& a, const std::u32string& b) {
  // Optimal string alignment distance over three rows.
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::u32string folded(std::u32string text) {
  for (char32_t& c : text)
    c = lower(c);
  return text;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  return distance(code_points(a), code_points(b));
}

std::optional<std::string_view> closest_match(std::string_view word,
                                              std::span<const std::string_view> candidates) {
  // Long names tolerate more typos; a one-letter name only one.
  const std::u32string target = code_points(word);
  const std::u32string target_folded = folded(target);
  const std::size_t limit = std::clamp<std::size_t>(target.size() / 3, 1, 3);
  std::optional<std::string_view> best;
  std::size_t best_distance = limit + 1;
  for (const std::string_view candidate : candidates) {
    if (candidate == word) continue;
    const std::u32string other = code_points(candidate);
    const std::size_t d = folded(other) == target_folded ? 0 : distance(target, other);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  if (best || target.size() < 3) return best;
  // A name cut short (`warn` for `warning`, `stalled` for `stalled-deal`),
  // when only one candidate starts with it.
  for (const std::string_view candidate : candidates) {
    if (candidate.size() <= word.size() || !candidate.starts_with(word)) continue;
    if (best) return std::nullopt;
    best = candidate;
  }
  return best;
}

std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
  const auto match = closest_match(word, candidates);
  return match ? fmt::format("; did you mean `{}`?", *match) : std::string();
}

}  // namespace plan

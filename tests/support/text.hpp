#pragma once
// Text helpers for the tests: replace, split into lines, compare readably.

#include <algorithm>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

namespace plan::test {

/// `text` with every occurrence of `from` replaced by `to`.
inline std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  if (from.empty()) return text;
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

/// The lines of `text`, without their newlines.
inline std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> out;
  std::size_t begin = 0;
  while (begin < text.size()) {
    auto end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    out.emplace_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return out;
}

/// The last line of `text`, or "" when it has none.
inline std::string last_line(std::string_view text) {
  const auto lines = lines_of(text);
  return lines.empty() ? std::string() : lines.back();
}

/// `text` without its last line.
inline std::string without_last_line(std::string_view text) {
  if (text.ends_with('\n')) text.remove_suffix(1);
  const auto at = text.rfind('\n');
  return at == std::string_view::npos ? std::string() : std::string(text.substr(0, at + 1));
}

/// Whether `text` holds an ANSI escape sequence.
inline bool has_ansi(std::string_view text) {
  return text.find("\x1b[") != std::string_view::npos;
}

/// Where two texts first differ, line by line, for a readable failure.
inline std::string first_difference(std::string_view expected, std::string_view actual) {
  const auto e = lines_of(expected), a = lines_of(actual);
  for (std::size_t i = 0; i < std::max(e.size(), a.size()); ++i) {
    const std::string want = i < e.size() ? e[i] : "<end of text>";
    const std::string got = i < a.size() ? a[i] : "<end of text>";
    if (want != got) {
      std::ostringstream s;
      s << "first difference at line " << i + 1 << ":\n  expected: " << want
        << "\n  actual:   " << got;
      return s.str();
    }
  }
  return "the texts differ only in a final newline";
}

}  // namespace plan::test

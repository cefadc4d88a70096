#pragma once
// UTF-8, decoded in one place: the loader checks the encoding with it, the
// reports count columns and replace malformed bytes with it, and "did you
// mean" compares code points.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace plan::utf8 {

/// The replacement character U+FFFD as UTF-8.
inline constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

/// One decoded character: its code point and its length in bytes, or, when
/// the bytes at that offset are not UTF-8, `valid` false and `length` the
/// bytes of the longest prefix of a well-formed sequence (at least 1; the
/// "maximal subpart" of Unicode §3.9, which a replacement character stands for).
struct Decoded {
  char32_t code_point = 0;
  std::size_t length = 1;
  bool valid = false;
};

/// Decodes the character that starts at `at` (which must be inside `text`).
constexpr Decoded decode(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return {lead, 1, true};
  std::size_t length = 0;
  char32_t c = 0;
  unsigned char low = 0x80, high = 0xBF;  // the second byte's range (Unicode table 3-7)
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, c = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, c = lead & 0x0F;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, c = lead & 0x07;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return {};
  }
  for (std::size_t i = 1; i < length; ++i) {
    if (at + i >= text.size()) return {0, i, false};
    const unsigned char b = byte(at + i);
    if (i == 1 ? (b < low || b > high) : (b & 0xC0) != 0x80) return {0, i, false};
    c = (c << 6) | (b & 0x3F);
  }
  return {c, length, true};
}

/// Whether `c` continues a character rather than starting one.
constexpr bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

/// Characters in UTF-8 text (bytes that start one), which is a terminal column each.
constexpr std::size_t count_characters(std::string_view text) {
  std::size_t n = 0;
  for (const char c : text)
    n += is_continuation(c) ? 0 : 1;
  return n;
}

}  // namespace plan::utf8

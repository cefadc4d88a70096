#pragma once
// A plan file's text and the mapping from byte offsets to lines and columns.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plan {

/// A byte offset into SourceFile::text.
using Offset = std::uint32_t;

/// A half-open byte range [begin, end) in the source text.
struct Span {
  Offset begin = 0;
  Offset end = 0;
  friend bool operator==(const Span&, const Span&) = default;
};

/// A 1-based line and column; columns count Unicode characters, not bytes.
struct Position {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
  friend bool operator==(const Position&, const Position&) = default;
};

/// A plan file as read: its name for messages and its text (a UTF-8 byte order
/// mark, if any, removed so that offsets match the parser's).
class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }

  /// The line and column of a byte offset (offsets past the end clamp to it).
  Position position(Offset offset) const;
  /// The text of a 1-based line, without its line break.
  std::string_view line_text(std::uint32_t line) const;
  std::uint32_t line_count() const;

 private:
  void index_lines() const;

  std::string path_;
  std::string text_;
  mutable std::vector<Offset> line_starts_;  // built on first use
};

/// Where a span starts and ends: 1-based lines, columns in characters, the
/// end exclusive (the column just past the last character).
struct Location {
  Position begin;
  Position end;
};

Location locate(const SourceFile& source, Span span);

}  // namespace plan

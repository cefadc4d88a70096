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

/// Why a file could not be read.
struct ReadError {
  std::string path;
  std::string message;  ///< e.g. "No such file or directory"
};

/// The result of reading a file: the source, or why it could not be read.
struct ReadResult {
  std::optional<SourceFile> source;
  std::optional<ReadError> error;
};

/// The largest plan read by default: far above any plan a person edits, far
/// below what would strain memory (`--max-size` changes it).
inline constexpr std::size_t kDefaultMaxSourceSize = std::size_t{64} << 20;
/// The largest `--max-size`: offsets into a source are 32-bit.
inline constexpr std::size_t kMaxSourceSizeLimit = std::size_t{1} << 30;

/// Reads a plan file whole; `-` reads standard input. Directories, missing and
/// unreadable files are errors, never exceptions, and so is a file or stream
/// longer than `max_size` bytes: reading stops there, so an endless input
/// (a pipe, /dev/zero) costs at most `max_size` of memory.
ReadResult read_source(const std::string& path, std::size_t max_size = kDefaultMaxSourceSize);

/// "64 MiB", "1 GiB", "512 KiB", "100 bytes": a size limit as people read it.
std::string describe_size(std::size_t bytes);

}  // namespace plan

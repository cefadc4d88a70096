#pragma once
// Reading a plan file (or standard input) whole, within a size limit.

#include <cstddef>
#include <optional>
#include <string>

#include "plan/model/source.hpp"

namespace plan {

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

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "plan/load/read_source.hpp"

namespace plan {
namespace {

ReadResult failure(const std::string& path, std::string message) {
  return {std::nullopt, ReadError{path, std::move(message)}};
}

constexpr std::size_t kReadSize = std::size_t{1} << 16;

/// Reserves room for a stream (a pipe, a device) of at most `max_size`
/// bytes: the limit and one more read, reserved but not touched until
/// written. The buffer never doubles, so an endless input costs the limit,
/// not twice it.
void reserve_for_stream(std::string& out, std::size_t max_size) {
  out.reserve(max_size + kReadSize);
}

/// Reads everything from a descriptor, up to `max_size` bytes; false with
/// errno set on failure (EFBIG past the limit).
bool read_all(int fd, std::string& out, std::size_t max_size) {
  char buffer[kReadSize];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) return true;
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    out.append(buffer, static_cast<std::size_t>(n));
    if (out.size() > max_size) {
      errno = EFBIG;
      return false;
    }
  }
}

std::string too_large(std::size_t max_size) {
  return fmt::format(
      "it is larger than {}, far more than a plan needs (--max-size raises the limit)",
      describe_size(max_size));
}

/// Why reading failed: the size limit, or the system's reason.
std::string read_failure(int err, std::size_t max_size) {
  return err == EFBIG ? too_large(max_size) : std::strerror(err);
}

}  // namespace

std::string describe_size(std::size_t bytes) {
  constexpr std::array<std::string_view, 3> kUnits = {"GiB", "MiB", "KiB"};
  for (std::size_t i = 0; i < kUnits.size(); ++i) {
    const std::size_t unit = std::size_t{1} << (10 * (kUnits.size() - i));
    if (bytes >= unit && bytes % unit == 0) return fmt::format("{} {}", bytes / unit, kUnits[i]);
  }
  return fmt::format("{} bytes", bytes);
}

ReadResult read_source(const std::string& path, std::size_t max_size) {
  max_size = std::min(max_size, kMaxSourceSizeLimit);
  std::string text;
  if (path == "-") {
    reserve_for_stream(text, max_size);
    if (!read_all(STDIN_FILENO, text, max_size))
      return failure("<stdin>", read_failure(errno, max_size));
    return {SourceFile("<stdin>", std::move(text)), std::nullopt};
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return failure(path, std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    const int err = errno;
    ::close(fd);
    return failure(path, std::strerror(err));
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return failure(path, "is a directory");
  }
  if (S_ISREG(st.st_mode)) {
    if (static_cast<std::size_t>(st.st_size) > max_size) {
      ::close(fd);
      return failure(path, too_large(max_size));
    }
    text.reserve(static_cast<std::size_t>(st.st_size));
  } else {
    reserve_for_stream(text, max_size);
  }
  const bool ok = read_all(fd, text, max_size);
  const int err = errno;
  ::close(fd);
  if (!ok) return failure(path, read_failure(err, max_size));
  return {SourceFile(path, std::move(text)), std::nullopt};
}

}  // namespace plan

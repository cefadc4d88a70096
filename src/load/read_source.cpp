#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "plan/source.hpp"

namespace plan {
namespace {

// Offsets are 32-bit; a plan is a text file a person edits, far below this.
constexpr std::size_t kMaxFileSize = std::size_t{1} << 30;

ReadResult failure(const std::string& path, std::string message) {
  return {std::nullopt, ReadError{path, std::move(message)}};
}

/// Reads everything from a descriptor; false with errno set on failure.
bool read_all(int fd, std::string& out) {
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) return true;
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    out.append(buffer, static_cast<std::size_t>(n));
    if (out.size() > kMaxFileSize) {
      errno = EFBIG;
      return false;
    }
  }
}

}  // namespace

ReadResult read_source(const std::string& path) {
  std::string text;
  if (path == "-") {
    if (!read_all(STDIN_FILENO, text)) return failure("<stdin>", std::strerror(errno));
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
    if (static_cast<std::size_t>(st.st_size) > kMaxFileSize) {
      ::close(fd);
      return failure(path, "file is larger than 1 GiB");
    }
    text.reserve(static_cast<std::size_t>(st.st_size));
  }
  const bool ok = read_all(fd, text);
  const int err = errno;
  ::close(fd);
  if (!ok) return failure(path, std::strerror(err));
  return {SourceFile(path, std::move(text)), std::nullopt};
}

}  // namespace plan

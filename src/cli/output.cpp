#include "cli/output.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

namespace plan::cli {
namespace {

/// Writes all of `text` to a descriptor; false with errno set on failure.
bool write_all(int fd, std::string_view text) noexcept {
  const char* data = text.data();
  std::size_t left = text.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  return true;
}

// ---------------------------------------------------------------------------
// Cleaning up after a signal. While a temporary file or folder exists, the
// handlers of SIGINT, SIGTERM and SIGHUP remove it and then let the signal
// take its default course. What to remove is published before the signals
// are unblocked, as plain C strings the handler reads without allocating.

constexpr std::array kCleanupSignals = {SIGINT, SIGTERM, SIGHUP};

struct Pending {
  const char* dir = nullptr;    ///< a temporary folder, removed last; or null
  const char* names = nullptr;  ///< NUL-separated paths (inside `dir` when set), ending in ""
};
Pending g_pending;
volatile std::sig_atomic_t g_armed = 0;

extern "C" void remove_pending_and_reraise(int signal_number) {
  if (g_armed) {
    const Pending p = g_pending;
    char path[4096];
    const std::size_t dir_length = p.dir ? std::strlen(p.dir) : 0;
    for (const char* name = p.names; name && *name; name += std::strlen(name) + 1) {
      const std::size_t length = std::strlen(name);
      if (dir_length + 1 + length + 1 > sizeof path) continue;
      std::size_t at = 0;
      if (p.dir) {
        std::memcpy(path, p.dir, dir_length);
        path[dir_length] = '/';
        at = dir_length + 1;
      }
      std::memcpy(path + at, name, length + 1);
      ::unlink(path);
    }
    if (p.dir) ::rmdir(p.dir);
  }
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

/// Installs the handlers once, on the signals that would end the program
/// (a signal already ignored, as under nohup, stays ignored).
void install_cleanup_handlers() {
  static bool installed = false;
  if (installed) return;
  installed = true;
  for (const int s : kCleanupSignals) {
    struct sigaction current {};
    if (::sigaction(s, nullptr, &current) != 0 || current.sa_handler != SIG_DFL) continue;
    struct sigaction handler {};
    handler.sa_handler = remove_pending_and_reraise;
    ::sigemptyset(&handler.sa_mask);
    ::sigaction(s, &handler, nullptr);
  }
}

/// Blocks the cleanup signals for its lifetime: what happens inside is, to
/// a signal, all or nothing (a temporary file made and published, a set of
/// files moved in).
class SignalsHeld {
 public:
  SignalsHeld() {
    sigset_t set;
    ::sigemptyset(&set);
    for (const int s : kCleanupSignals)
      ::sigaddset(&set, s);
    ::sigprocmask(SIG_BLOCK, &set, &previous_);
  }
  ~SignalsHeld() { ::sigprocmask(SIG_SETMASK, &previous_, nullptr); }
  SignalsHeld(const SignalsHeld&) = delete;
  SignalsHeld& operator=(const SignalsHeld&) = delete;

 private:
  sigset_t previous_;
};

/// Publishes what an interrupted run must remove; call with signals held.
void arm(const char* dir, const char* names) {
  install_cleanup_handlers();
  g_pending = Pending{dir, names};
  g_armed = 1;
}
void disarm() {
  g_armed = 0;
}

// ---------------------------------------------------------------------------

bool same_file(const std::string& a, const std::string& b) {
  struct stat sa {
  }, sb{};
  if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

std::optional<std::string> refuse_inputs(const std::string& path,
                                         const std::vector<std::string>& inputs) {
  for (const std::string& input : inputs) {
    if (input != "-" && same_file(path, input)) {
      return fmt::format("cannot write `{}`: it is one of the plans being read", path);
    }
  }
  return std::nullopt;
}

/// The mode a new file gets: 0666 less the umask, as any program's would.
mode_t new_file_mode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

/// Gives a written temporary file the mode (and owner) of the file it
/// replaces, or a new file's mode; then closes it. False with errno set.
bool finish_temp(int fd, const std::string& replaces) {
  struct stat old {};
  bool ok = true;
  if (::stat(replaces.c_str(), &old) == 0) {
    // Owner first: changing it may clear set-id bits that the mode restores.
    // Only root may give a file away; otherwise it stays the writer's.
    if ((old.st_uid != ::geteuid() || old.st_gid != ::getegid()) &&
        ::fchown(fd, old.st_uid, old.st_gid) != 0) {
      (void)::fchown(fd, static_cast<uid_t>(-1), old.st_gid);
    }
    ok = ::fchmod(fd, old.st_mode & 07777) == 0;
  } else {
    ok = ::fchmod(fd, new_file_mode()) == 0;
  }
  const int err = errno;
  if (::close(fd) != 0 && ok) return false;
  errno = err;
  return ok;
}

/// The file a path names: a symbolic link's target is replaced, the link kept.
std::string resolve_link(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_symlink(path, ec)) return path;
  const std::filesystem::path target = std::filesystem::weakly_canonical(path, ec);
  return ec ? path : target.string();
}

/// Gives the written temporary file its final name; false with errno set.
/// Without `replace`, a name that is taken stays as it is: link() fails on
/// it where rename() would replace it (then the caller removes `temp`).
bool move_into_place(const char* temp, const char* final_path, bool replace) {
  if (replace) return ::rename(temp, final_path) == 0;
  if (::link(temp, final_path) == 0) return true;
  if (errno != EPERM && errno != ENOSYS && errno != EOPNOTSUPP) return false;
  // A file system without hard links (FAT): rename to the name while it is free.
  struct stat taken {};
  if (::lstat(final_path, &taken) == 0) {
    errno = EEXIST;
    return false;
  }
  return ::rename(temp, final_path) == 0;
}

bool g_stdout_failure_said = false;

void say_stdout_failed(int err) {
  if (g_stdout_failure_said) return;
  g_stdout_failure_said = true;
  print_error(fmt::format("cannot write standard output: {}", std::strerror(err)));
}

}  // namespace

void print_error(std::string_view message) noexcept {
  try {
    (void)write_all(STDERR_FILENO, fmt::format("plan: error: {}\n", message));
  } catch (...) {
    // Out of memory while formatting: nothing more can be said.
  }
}

void print_hint(std::string_view line) noexcept {
  try {
    (void)write_all(STDERR_FILENO, fmt::format("{}\n", line));
  } catch (...) {
  }
}

bool write_stdout(std::string_view text) {
  if (text.empty()) return !g_stdout_failure_said;
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
    say_stdout_failed(errno);
    return false;
  }
  return !g_stdout_failure_said;
}

bool finish_stdout() {
  errno = 0;
  std::cout.flush();  // through to stdout's buffer, which the flush below empties
  const bool flushed = std::fflush(stdout) == 0;
  const int err = errno;
  if (!flushed || std::ferror(stdout) || std::cout.fail()) {
    say_stdout_failed(err != 0 ? err : EIO);
    return false;
  }
  return !g_stdout_failure_said;
}

std::optional<std::string> write_file_atomically(const std::string& path, std::string_view text,
                                                 const std::vector<std::string>& inputs,
                                                 bool replace) {
  if (auto refused = refuse_inputs(path, inputs)) return refused;
  const auto failed = [&](int err) {
    return fmt::format("cannot write `{}`: {}", path, std::strerror(err));
  };
  // A device or pipe (-o /dev/stdout) is written in place; renaming over it
  // would replace it with a file.
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) return failed(EISDIR);
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return failed(errno);
    const bool ok = write_all(fd, text);
    const int err = errno;
    ::close(fd);
    return ok ? std::nullopt : std::optional(failed(err));
  }
  const std::string final_path = resolve_link(path);
  std::string temp = final_path + ".tmp.XXXXXX";
  temp.push_back('\0');  // the list of names the signal handler removes: this one
  int fd = -1;
  {
    const SignalsHeld held;
    fd = ::mkstemp(temp.data());
    if (fd < 0) return failed(errno);
    arm(nullptr, temp.c_str());
  }
  bool ok = write_all(fd, text);
  int err = ok ? 0 : errno;
  if (ok) {
    ok = finish_temp(fd, final_path);
    err = errno;
  } else {
    ::close(fd);
  }
  const SignalsHeld held;
  if (ok && !move_into_place(temp.c_str(), final_path.c_str(), replace)) {
    ok = false;
    err = errno;
  }
  if (!ok || !replace) ::unlink(temp.c_str());  // failed, or linked into place
  disarm();
  return ok ? std::nullopt : std::optional(failed(err));
}

std::optional<std::string> write_files_atomically(const std::string& dir,
                                                  const std::vector<OutputFile>& files,
                                                  const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  std::error_code error;
  fs::create_directories(dir, error);
  if (error) return fmt::format("cannot create `{}`: {}", dir, error.message());
  if (!fs::is_directory(dir, error)) {
    return fmt::format("cannot write into `{}`: it is not a folder", dir);
  }
  for (const OutputFile& file : files) {
    const std::string path = (fs::path(dir) / file.path).string();
    if (auto refused = refuse_inputs(path, inputs)) return refused;
    // Found now, before anything is written: a rename could not replace it.
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
      return fmt::format("cannot write `{}`: {}", path,
                         S_ISDIR(st.st_mode) ? "a folder has that name" : "it is not a file");
    }
  }
  // The names the signal handler removes, inside the temporary folder.
  std::string names;
  for (const OutputFile& file : files)
    names.append(file.path).push_back('\0');
  names.push_back('\0');

  std::string temp_dir = (fs::path(dir) / ".plan-split.XXXXXX").string();
  {
    const SignalsHeld held;
    if (!::mkdtemp(temp_dir.data())) {
      return fmt::format("cannot write into `{}`: {}", dir, std::strerror(errno));
    }
    arm(temp_dir.c_str(), names.c_str());
  }
  // On failure: remove the temporary folder and what is in it, and say why.
  const auto abandon = [&](const std::string& path, int err) {
    const SignalsHeld held;
    for (const OutputFile& file : files)
      ::unlink((fs::path(temp_dir) / file.path).c_str());
    ::rmdir(temp_dir.c_str());
    disarm();
    return std::optional(fmt::format("cannot write `{}`: {}", path, std::strerror(err)));
  };
  for (const OutputFile& file : files) {
    const std::string temp = (fs::path(temp_dir) / file.path).string();
    const std::string final_path = (fs::path(dir) / file.path).string();
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) return abandon(final_path, errno);
    if (!write_all(fd, file.text)) {
      const int err = errno;
      ::close(fd);
      return abandon(final_path, err);
    }
    if (!finish_temp(fd, final_path)) return abandon(final_path, errno);
  }
  // Every file is whole: move the set in, with the signals held so that an
  // interrupt cannot stop it half way.
  const SignalsHeld held;
  for (const OutputFile& file : files) {
    const fs::path to = fs::path(dir) / file.path;
    if (::rename((fs::path(temp_dir) / file.path).c_str(), to.c_str()) != 0) {
      return abandon(to.string(), errno);
    }
  }
  ::rmdir(temp_dir.c_str());
  disarm();
  return std::nullopt;
}

int deliver(std::string_view text, const std::string& output,
            const std::vector<std::string>& inputs) {
  if (is_stdout(output)) return write_stdout(text) ? 0 : 2;
  if (const auto failed = write_file_atomically(output, text, inputs)) {
    print_error(*failed);
    return 2;
  }
  return 0;
}

}  // namespace plan::cli

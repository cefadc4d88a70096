#include "cli/git_show.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

extern char** environ;

namespace plan::cli {
namespace {

struct Output {
  std::string out;
  std::string err;
  int status = -1;         ///< the exit status, -1 when git did not run or was killed
  int spawn_error = 0;     ///< errno when git could not be started
  bool too_large = false;  ///< stdout passed the limit; git was stopped
};

/// Runs `git args...` with the C locale (so that its messages read the same
/// everywhere), collecting both outputs without either pipe filling up.
Output run_git(const std::vector<std::string>& args, std::size_t max_size) {
  Output result;
  int out_pipe[2];
  int err_pipe[2];
  if (::pipe2(out_pipe, O_CLOEXEC) != 0) {
    result.spawn_error = errno;
    return result;
  }
  if (::pipe2(err_pipe, O_CLOEXEC) != 0) {
    result.spawn_error = errno;
    ::close(out_pipe[0]);
    ::close(out_pipe[1]);
    return result;
  }
  posix_spawn_file_actions_t actions;
  ::posix_spawn_file_actions_init(&actions);
  ::posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
  ::posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
  ::posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);

  std::vector<std::string> env_strings;
  for (char** e = environ; e && *e; ++e) {
    const std::string_view var = *e;
    if (var.starts_with("LC_ALL=") || var.starts_with("LANGUAGE=")) continue;
    env_strings.emplace_back(var);
  }
  env_strings.emplace_back("LC_ALL=C");
  env_strings.emplace_back("LANGUAGE=C");
  std::vector<char*> envp;
  envp.reserve(env_strings.size() + 1);
  for (std::string& s : env_strings)
    envp.push_back(s.data());
  envp.push_back(nullptr);
  std::vector<std::string> argv_strings = {"git"};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  argv.reserve(argv_strings.size() + 1);
  for (std::string& s : argv_strings)
    argv.push_back(s.data());
  argv.push_back(nullptr);

  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), envp.data());
  ::posix_spawn_file_actions_destroy(&actions);
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  if (spawned != 0) {
    result.spawn_error = spawned;
    ::close(out_pipe[0]);
    ::close(err_pipe[0]);
    return result;
  }
  std::array<pollfd, 2> fds = {pollfd{out_pipe[0], POLLIN, 0}, pollfd{err_pipe[0], POLLIN, 0}};
  std::array<char, 65536> buffer;
  int open_fds = 2;
  while (open_fds > 0) {
    if (::poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (std::size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      const ssize_t n = ::read(fds[i].fd, buffer.data(), buffer.size());
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        ::close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
        continue;
      }
      std::string& into = i == 0 ? result.out : result.err;
      if (i == 1 && into.size() > 65536) continue;  // git's message is short; keep the start
      into.append(buffer.data(), static_cast<std::size_t>(n));
      if (i == 0 && result.out.size() > max_size) {
        result.too_large = true;
        ::kill(pid, SIGTERM);
        for (pollfd& f : fds) {
          if (f.fd >= 0) ::close(f.fd);
          f.fd = -1;
        }
        open_fds = 0;
        break;
      }
    }
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

/// git's message without `fatal: ` and the line break.
std::string git_says(std::string err) {
  while (!err.empty() && (err.back() == '\n' || err.back() == '\r'))
    err.pop_back();
  if (const auto newline = err.find('\n'); newline != std::string::npos) err.resize(newline);
  if (err.starts_with("fatal: ")) err.erase(0, 7);
  return err;
}

/// The folder git runs in (the file's own, so that it works from any folder,
/// inside the repository or not) and the file as git names it from there.
std::pair<std::string, std::string> folder_and_spec(const std::string& file) {
  const std::filesystem::path path(file);
  const std::string folder = path.has_parent_path() ? path.parent_path().string() : ".";
  return {folder, "./" + path.filename().string()};
}

}  // namespace

GitShow git_show(const std::string& revision, const std::string& file, std::size_t max_size) {
  GitShow result;
  if (revision.empty() || revision.starts_with('-')) {
    result.error = fmt::format("`{}` is not a revision", revision);
    return result;
  }
  const auto [folder, spec] = folder_and_spec(file);
  Output git = run_git({"-C", folder, "show", "--no-textconv", revision + ":" + spec}, max_size);
  if (git.spawn_error != 0) {
    result.error =
        git.spawn_error == ENOENT
            ? std::string("cannot run git: it is not installed (on Debian: apt install git)")
            : fmt::format("cannot run git: {}", std::strerror(git.spawn_error));
    return result;
  }
  if (git.too_large) {
    result.error = fmt::format("`{}` at `{}` is larger than the --max-size limit", file, revision);
    return result;
  }
  if (git.status == 0) {
    result.text = std::move(git.out);
    return result;
  }
  const std::string says = git_says(git.err);
  std::string plain;
  if (says.find("not a git repository") != std::string::npos) {
    plain = fmt::format("`{}` is not in a git repository", folder);
  } else if (says.find("invalid object name") != std::string::npos ||
             says.find("unknown revision") != std::string::npos ||
             says.find("bad revision") != std::string::npos ||
             says.find("ambiguous argument") != std::string::npos) {
    plain = fmt::format("the repository has no revision `{}`", revision);
  } else if (says.find("does not exist in") != std::string::npos ||
             says.find("exists on disk, but not in") != std::string::npos) {
    plain = fmt::format("`{}` is not in revision `{}`", file, revision);
  } else if (says.find("outside repository") != std::string::npos) {
    plain = fmt::format("`{}` is outside the git repository", file);
  } else {
    plain = fmt::format("git could not show `{}` at `{}`", file, revision);
  }
  result.error = says.empty() ? plain : fmt::format("{} (git: {})", plain, says);
  return result;
}

}  // namespace plan::cli

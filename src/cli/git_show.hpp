#pragma once
// Reading a file as committed at a revision (`plan diff --git REV FILE`):
// `git show REV:./NAME` run in the file's own folder, so that it works from
// any folder; git's failures in plain words.

#include <cstddef>
#include <optional>
#include <string>

namespace plan::cli {

struct GitShow {
  std::optional<std::string> text;  ///< the file's content at the revision
  std::string error;                ///< why not, in words (git's own reason included)
};

/// FILE as committed at REV, at most `max_size` bytes.
GitShow git_show(const std::string& revision, const std::string& file, std::size_t max_size);

}  // namespace plan::cli

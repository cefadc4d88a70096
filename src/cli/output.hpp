#pragma once
// Where a command's output goes: standard output, or files written whole or
// not at all. Every failure is said on standard error, once, and becomes exit
// status 2; an interrupted run leaves no temporary file behind.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plan::cli {

/// Prints `plan: error: <message>` to standard error. Never throws and never
/// stops the program: when standard error itself cannot be written (closed,
/// a full disk), the message is lost and the exit status still says it.
void print_error(std::string_view message) noexcept;
/// Prints one line of advice after an error ("run `plan --help` ..."), as
/// print_error does.
void print_hint(std::string_view line) noexcept;

/// Writes to standard output; on failure (a full disk, a closed pipe) says so
/// once on standard error and returns false.
bool write_stdout(std::string_view text);
/// Flushes standard output (and C++'s std::cout, which CLI11's --help
/// writes to); false, said once, if anything written there was lost.
bool finish_stdout();

/// One file of a set to write whole: its path and its text.
struct OutputFile {
  std::string path;
  std::string text;
};

/// Writes `text` to `path` whole or not at all: a temporary file beside it,
/// then a rename. An existing file keeps its mode (and owner, where the
/// system allows); a new one gets 0666 less the umask. Refuses to replace any
/// of `inputs`. With `replace` false, an existing file is never replaced,
/// even one that appears while the text is written (the file is linked into
/// place, not renamed). Returns an error message on failure.
std::optional<std::string> write_file_atomically(const std::string& path, std::string_view text,
                                                 const std::vector<std::string>& inputs,
                                                 bool replace = true);

/// Writes every file into `dir` (created if missing) or none: each is written
/// in a temporary folder inside `dir` first, and the set is moved in only
/// once every file is whole. Returns an error message on failure; then `dir`
/// holds what it held before.
std::optional<std::string> write_files_atomically(const std::string& dir,
                                                  const std::vector<OutputFile>& files,
                                                  const std::vector<std::string>& inputs);

/// Whether `-o PATH` means standard output: no PATH, or `-`.
inline bool is_stdout(const std::string& output) {
  return output.empty() || output == "-";
}

/// Delivers a command's output: to standard output when `output` is empty or
/// `-`, else to that file whole or not at all. Returns 0, or 2 with the
/// reason printed.
int deliver(std::string_view text, const std::string& output,
            const std::vector<std::string>& inputs);

}  // namespace plan::cli

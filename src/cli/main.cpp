// plan: check a sales plan. The flow is load -> model -> check -> report; the
// command table (commands.cpp) binds each subcommand to its file here.

#include <fcntl.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <exception>
#include <sstream>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/man_page.hpp"
#include "cli/usage.hpp"
#include "cli/usage_errors.hpp"
#include "plan/support/suggest.hpp"

namespace {

using namespace plan::cli;

/// The command named by argv's first word, if that word is one.
const Command* named_command(int argc, char** argv) {
  if (argc < 2) return nullptr;
  const std::string_view word = argv[1];
  for (const Command& c : commands()) {
    if (c.name == word) return &c;
  }
  return nullptr;
}

/// Says that argv's first word names no command (and returns true), when it
/// is a word and not an option.
bool refuse_unknown_command(int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-' || named_command(argc, argv)) return false;
  const std::string_view word = argv[1];
  std::vector<std::string_view> names;
  for (const Command& c : commands())
    names.push_back(c.name);
  print_error(fmt::format("unknown command `{}`{}", word, plan::did_you_mean(word, names)));
  print_hint(fmt::format("the commands are: {}; run `plan --help` for what each does",
                         fmt::join(names, ", ")));
  return true;
}

/// Prints what --help or --version asks for, through write_stdout so that a
/// failed write is said and exits 2 as any other output's would.
int print_help(CLI::App& app, const CLI::Error& request) {
  std::ostringstream out, err;
  const int exit_code = app.exit(request, out, err);
  if (!write_stdout(out.str())) return kExitUsage;
  if (!err.str().empty()) print_hint(err.str());
  return exit_code;
}

int run(int argc, char** argv) {
  CLI::App app{
      "plan: a sales plan in one YAML file, checked like code.\n"
      "Strategy (3-5 years) -> sales process (stages) -> tactics (6-18 months).",
      "plan"};
  app.set_version_flag("--version", std::string("plan ") + PLAN_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Run `plan COMMAND --help` for a command's options.\n"
      "Exit status: 0 success; 1 the plan has errors; 2 usage error or unreadable file.");
  int exit_code = kExitOk;
  for (const Command& c : commands())
    c.setup(*app.add_subcommand(std::string(c.name), std::string(c.summary)), exit_code);
  // Hidden: `plan --man` prints the man page, which the build writes as
  // plan.1, from these same tables. It is no option, so --help leaves it out.
  if (argc == 2 && std::string_view(argv[1]) == "--man")
    return write_stdout(render_man_page(describe_usage(app))) ? kExitOk : kExitUsage;

  if (refuse_unknown_command(argc, argv)) return kExitUsage;
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --help-all or --version
    return print_help(app, e);
  } catch (const CLI::ParseError& e) {
    // Each problem in words, then where the command's own usage is.
    const Command* command = named_command(argc, argv);
    const CLI::App* sub = command ? app.get_subcommand(std::string(command->name)) : nullptr;
    for (const std::string& line : describe_parse_error(app, sub, e))
      print_error(line);
    print_hint(command ? fmt::format("run `plan {} --help` for its usage", command->name)
                       : std::string("run `plan --help` for usage"));
    return kExitUsage;
  }
  return exit_code;
}

/// Opens /dev/null on any of the standard descriptors that came closed
/// (`2>&-`), so that no file `plan` opens takes their number and receives
/// what was meant for them.
void hold_standard_descriptors() {
  for (int fd = 0; fd <= 2; ++fd) {
    if (::fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
      if (::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY) == -1) return;
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  hold_standard_descriptors();
  int exit_code = kExitUsage;
  try {
    exit_code = run(argc, argv);
  } catch (const std::exception& e) {
    print_error(fmt::format("internal error: {}", e.what()));
  }
  // Output that did not reach standard output (a full disk, a closed pipe)
  // is a failed write, whatever the command did: exit 2.
  if (!finish_stdout()) return kExitUsage;
  return exit_code;
}

#pragma once
// plan.1, the manual page, written from the command line's own tables
// (cli/usage.hpp) by the hidden `plan --man` that the build runs.

#include <string>
#include <vector>

#include "cli/usage.hpp"

namespace plan::cli {

/// The man page in roff (man macros): `plan` itself, then every command with
/// its summary, options and footer, in the order of `usage`.
std::string render_man_page(const std::vector<CommandUsage>& usage);

}  // namespace plan::cli

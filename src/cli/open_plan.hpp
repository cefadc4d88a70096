#pragma once
// Opening a plan for a command that works from one (tasks, report,
// pipeline): read it, check it, and refuse it only when a structural rule
// fires.

#include <memory>
#include <string>
#include <string_view>
#include <variant>

#include "cli/common.hpp"
#include "plan/check/check.hpp"
#include "plan/load/read_source.hpp"

namespace plan::cli {

struct OpenedPlan {
  std::unique_ptr<SourceFile> source;
  CheckedPlan checked;
  Date today;  ///< the as-of date: --as-of, else the plan's `as_of`, else the local date

  const Plan& plan() const { return checked.plan; }
};

/// The plan, or the exit status to stop with: 2 when the file cannot be read
/// (the reason printed), 1 when a structural rule fired (those findings
/// printed to standard error as `plan check` prints them, then how many stand
/// between the user and `output`, "the report"). Other findings, whatever
/// their severity, do not stop the command and are not printed.
/// `max_size`: the largest file read (--max-size).
std::variant<OpenedPlan, int> open_plan(const std::string& path, const std::string& as_of,
                                        ColorMode color, std::size_t max_size,
                                        std::string_view output = "the report");

/// The same for a plan already read (`plan diff --git` reads one from git).
/// `side` names which plan it is in the refusal ("the old plan (`HEAD:plan.yaml`)").
std::variant<OpenedPlan, int> check_source(SourceFile source, const std::string& as_of,
                                           ColorMode color, std::string_view output,
                                           std::string_view side = {});

}  // namespace plan::cli

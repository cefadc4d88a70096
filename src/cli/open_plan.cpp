#include "cli/open_plan.hpp"

#include <unistd.h>

#include <cstdio>
#include <string_view>

#include <fmt/format.h>

#include "plan/render/findings.hpp"

namespace plan::cli {

std::variant<OpenedPlan, int> open_plan(const std::string& path, const std::string& as_of,
                                        ColorMode color, std::size_t max_size,
                                        std::string_view output) {
  ReadResult read = read_source(path, max_size);
  if (!read.source) {
    print_error(fmt::format("cannot read `{}`: {}", read.error->path, read.error->message));
    return kExitUsage;
  }
  return check_source(std::move(*read.source), as_of, color, output);
}

std::variant<OpenedPlan, int> check_source(SourceFile source, const std::string& as_of,
                                           ColorMode color, std::string_view output,
                                           std::string_view side) {
  OpenedPlan opened;
  opened.source = std::make_unique<SourceFile>(std::move(source));
  CheckOptions options;
  options.as_of = as_of_date(as_of);
  options.today = local_date();
  opened.checked = check_plan(*opened.source, options);
  if (opened.checked.structural_errors || !opened.checked.plan.today) {
    // Only the structural findings stop the command: show those, and leave
    // the rest to `plan check`.
    CheckedPlan blocking;
    for (const Finding& f : opened.checked.findings) {
      if (f.rule->structural) blocking.findings.push_back(f);
    }
    const auto count = blocking.findings.size();
    blocking.errors = static_cast<int>(count);
    const FileResult file{opened.source->path(), opened.source.get(), &blocking, std::nullopt};
    const std::string text = render_text(file, TextOptions{use_color(color, STDERR_FILENO), true});
    std::fwrite(text.data(), 1, text.size(), stderr);
    print_error(
        fmt::format("fix {}{} to see {}; `plan check` lists every finding",
                    count == 1 ? std::string("this error") : fmt::format("these {} errors", count),
                    side.empty() ? std::string() : fmt::format(" in {}", side), output));
    return kExitPlanErrors;
  }
  opened.today = *opened.checked.plan.today;
  return opened;
}

}  // namespace plan::cli

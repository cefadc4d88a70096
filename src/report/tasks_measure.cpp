// What the task renderers share: a task's measure in words.

#include <fmt/format.h>

#include "plan/tasks_render.hpp"
#include "report/numbers.hpp"

namespace plan {

std::string describe_measure(const Task& t) {
  std::string out;
  if (t.actual && t.target) {
    out = fmt::format("{}/{}", report::format_number(*t.actual), report::format_number(*t.target));
  } else if (t.target) {
    out = "target " + report::format_number(*t.target);
  } else if (t.actual) {
    out = report::format_number(*t.actual);
  }
  if (t.metric) {
    if (!out.empty()) out += ' ';
    out += *t.metric;
  }
  return out;
}

}  // namespace plan

// What the task renderers share: a task's measure in words.

#include <fmt/format.h>

#include "plan/render/tasks.hpp"
#include "render/numbers.hpp"

namespace plan {

std::string describe_measure(const Task& t) {
  std::string out;
  if (t.actual && t.target) {
    out = fmt::format("{}/{}", render::format_number(*t.actual), render::format_number(*t.target));
  } else if (t.target) {
    out = "target " + render::format_number(*t.target);
  } else if (t.actual) {
    out = render::format_number(*t.actual);
  }
  if (t.metric) {
    if (!out.empty()) out += ' ';
    out += *t.metric;
  }
  return out;
}

}  // namespace plan

#include "plan/model/duration.hpp"

#include <fmt/format.h>

namespace plan {

std::string format_minutes(long long minutes) {
  const long long hours = minutes / 60, rest = minutes % 60;
  if (hours == 0) return fmt::format("{}m", rest);
  if (rest == 0) return fmt::format("{}h", hours);
  return fmt::format("{}h{}m", hours, rest);
}

}  // namespace plan

#pragma once
// Durations as the format writes them (`effort`, `capacity`: hours and minutes).

#include <string>

namespace plan {

/// "1h30m", "45m", "5h": minutes written as a plan writes an effort.
std::string format_minutes(long long minutes);

}  // namespace plan

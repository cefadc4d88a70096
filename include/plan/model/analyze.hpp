#pragma once
// model: the facts derived from a loaded plan (docs/format.md, "Time"): duplicate ids,
// resolved references, windows, dependency cycles and derived due dates.

#include <optional>

#include "plan/model/date.hpp"
#include "plan/model/model.hpp"

namespace plan {

/// Fills the derived fields of `plan`. `as_of` (from --as-of) overrides the
/// plan's own `as_of`.
void analyze(Plan& plan, std::optional<Date> as_of);

}  // namespace plan

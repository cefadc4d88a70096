#pragma once
// The words of one change of `plan diff`, for the text and Markdown
// renderers: the same sentence, with ids set off by `code` (plain in text,
// a code span in Markdown).

#include <string>
#include <string_view>

#include "plan/review/diff.hpp"

namespace plan::render {

/// How ids and values are set off.
using CodeStyle = std::string (*)(std::string_view);

/// "`contact`: due 2027-03-05 → 2027-03-19, 14 days later" and the like.
std::string describe_change(const Change& change, CodeStyle code);

/// "Goals", "Tactics", ... for headings.
std::string_view section_title(DiffSection section);

}  // namespace plan::render

#pragma once
// Where a finding is and how its first line and its notes read, in one place
// for every format that writes them as a compiler does (text, github, junit).

#include <string>
#include <string_view>

#include "plan/render/findings.hpp"
#include "render/terminal.hpp"

namespace plan::render {

/// "plan.yaml:23:8: error: message [rule]" in the palette's styles, without a
/// line break; `message` is the finding's, as the format needs it escaped.
std::string finding_line(std::string_view path, const Location& at, const Finding& f,
                         std::string_view message, const Palette& p);

/// "plan.yaml:3:5: note: message" in the palette's styles, without a line break.
std::string note_line(std::string_view path, const Location& at, std::string_view message,
                      const Palette& p);

}  // namespace plan::render

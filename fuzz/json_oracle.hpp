#pragma once
// Whether a text is one well-formed JSON value (strict UTF-8 included). Built
// without coverage instrumentation (fuzz/CMakeLists.txt): the check is not
// what is being fuzzed, and parsing every JSON output instrumented halves the
// target's speed.

#include <string_view>

namespace plan::fuzz {

bool is_json(std::string_view text);

}  // namespace plan::fuzz

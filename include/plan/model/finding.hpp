#pragma once
// What a check reports: one shape for every finding, from the loader or a rule.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "plan/model/source.hpp"

namespace plan {

struct Rule;

enum class Severity : std::uint8_t { error, warning };

std::string_view to_string(Severity severity);

/// A secondary location that explains a finding ("first declared here").
struct Note {
  Span span;
  std::string message;
};

/// One problem in a plan file.
struct Finding {
  const Rule* rule = nullptr;  ///< its entry in the rule table; never null in a result
  Severity severity = Severity::error;
  Span span;            ///< where it starts and ends in the source
  std::string message;  ///< lowercase, no trailing period; says how to fix it where it can
  std::vector<Note> notes;
};

}  // namespace plan

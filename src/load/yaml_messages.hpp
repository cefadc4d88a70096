#pragma once
// What to tell a plan's author when the YAML parser gives up: every message
// yaml-cpp's parser can throw, in plain words with the fix, and a closer look
// at the source text for the common mistakes (a tab, an unquoted `: ` or
// reserved character, a line indented wrong) to point at the line that is
// wrong rather than where the parser noticed.

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "plan/model/source.hpp"

namespace plan::load {

/// One of yaml-cpp's parser messages and what `plan` says instead.
struct YamlMessage {
  std::string_view parser;  ///< yaml-cpp's text (some carry a detail after it)
  std::string_view plain;   ///< what is wrong and how to fix it
};

/// Every message yaml-cpp 0.7's parser can throw, in plain words.
std::span<const YamlMessage> yaml_messages();

/// The plain words for a yaml-cpp parser message (a general one for a message
/// the table does not know).
std::string_view plain_yaml_message(std::string_view parser_message);

/// A parse error as the author should see it.
struct YamlDiagnosis {
  Span span;
  std::string message;
};

/// Explains the parser's error `parser_message`, thrown at `at` (yaml-cpp's
/// mark). `open_flow` is where the innermost collection still open began,
/// when it is a flow collection (`[` or `{`).
YamlDiagnosis diagnose_yaml_error(std::string_view source, std::string_view parser_message,
                                  Offset at, std::optional<Offset> open_flow);

/// Explains a character the parser could not start a value with (it stopped
/// moving on at `at`).
YamlDiagnosis diagnose_stuck_parser(std::string_view source, Offset at);

}  // namespace plan::load

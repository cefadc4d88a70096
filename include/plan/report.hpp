#pragma once
// report: findings rendered for people (text) and for programs (json).
// Renderers return strings; only the command line writes them anywhere.

#include <optional>
#include <span>
#include <string>

#include "plan/check.hpp"
#include "plan/source.hpp"

namespace plan {

/// Where a span starts and ends: 1-based lines, columns in characters, the
/// end exclusive (the column just past the last character).
struct Location {
  Position begin;
  Position end;
};

Location locate(const SourceFile& source, Span span);

/// One checked file, or one that could not be read.
struct FileResult {
  std::string path;
  const SourceFile* source = nullptr;    ///< null when unreadable
  const CheckedPlan* checked = nullptr;  ///< null when unreadable
  std::optional<std::string> read_error;
};

struct TextOptions {
  bool color = false;
  bool quiet = false;  ///< no summary or "ok" line
};

/// Compiler-style findings with the source line and a caret, then a summary line.
std::string render_text(const FileResult& file, const TextOptions& options);

/// One JSON object for a whole run (SPEC §4).
std::string render_json(std::span<const FileResult> files);

}  // namespace plan

#pragma once
// report: findings rendered for people (text) and for programs (json, and
// the CI formats github, sarif, junit and gitlab).
// Renderers return strings; only the command line writes them anywhere.

#include <optional>
#include <span>
#include <string>

#include "plan/check/check.hpp"
#include "plan/model/source.hpp"

namespace plan {

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

/// One JSON object for a whole run.
std::string render_json(std::span<const FileResult> files);

// Formats for CI (docs/ci.md). Each takes the whole run; unreadable files are
// reported where the format has a place for them.

/// GitHub Actions workflow commands: one `::error ...::message` line per finding.
std::string render_github(std::span<const FileResult> files);

/// SARIF 2.1.0: one run, every rule of the table in `tool.driver.rules`.
std::string render_sarif(std::span<const FileResult> files);

/// JUnit XML: one test suite per file, one test case per rule.
std::string render_junit(std::span<const FileResult> files);

/// A GitLab Code Quality report: a JSON array of issues with stable fingerprints.
std::string render_gitlab(std::span<const FileResult> files);

}  // namespace plan

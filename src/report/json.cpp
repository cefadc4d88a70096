// The JSON report of `plan check --format json`: one object for the run.

#include <nlohmann/json.hpp>

#include "plan/report.hpp"

namespace plan {

std::string render_json(std::span<const FileResult> files) {
  // Built as locals: a reference into an ordered_json is invalidated by the next key.
  auto listed = nlohmann::ordered_json::array();
  auto diagnostics = nlohmann::ordered_json::array();
  int errors = 0;
  int warnings = 0;
  for (const FileResult& file : files) {
    nlohmann::ordered_json entry;
    entry["path"] = file.path;
    if (!file.checked) {
      entry["errors"] = 0;
      entry["warnings"] = 0;
      entry["read_error"] = file.read_error.value_or("unreadable");
      listed.push_back(std::move(entry));
      continue;
    }
    entry["errors"] = file.checked->errors;
    entry["warnings"] = file.checked->warnings;
    listed.push_back(std::move(entry));
    errors += file.checked->errors;
    warnings += file.checked->warnings;
    for (const Finding& f : file.checked->findings) {
      const Location at = locate(*file.source, f.span);
      nlohmann::ordered_json d;
      d["file"] = file.path;
      d["line"] = at.begin.line;
      d["column"] = at.begin.column;
      d["end_line"] = at.end.line;
      d["end_column"] = at.end.column;
      d["severity"] = to_string(f.severity);
      d["rule"] = f.rule->name;
      d["message"] = f.message;
      if (!f.notes.empty()) {
        auto& notes = d["notes"] = nlohmann::ordered_json::array();
        for (const Note& n : f.notes) {
          const Location note_at = locate(*file.source, n.span);
          notes.push_back({{"line", note_at.begin.line},
                           {"column", note_at.begin.column},
                           {"message", n.message}});
        }
      }
      diagnostics.push_back(std::move(d));
    }
  }
  nlohmann::ordered_json out;
  out["files"] = std::move(listed);
  out["diagnostics"] = std::move(diagnostics);
  out["errors"] = errors;
  out["warnings"] = warnings;
  // Invalid UTF-8 never reaches here (the loader rejects it), but replace rather than throw.
  return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace plan

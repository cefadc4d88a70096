// The JSON report of `plan check --format json`: one object for the run.

#include "plan/render/findings.hpp"
#include "render/json_writer.hpp"

namespace plan {

std::string render_json(std::span<const FileResult> files) {
  int errors = 0;
  int warnings = 0;
  render::JsonWriter j;
  j.begin_object().key("files").begin_array();
  for (const FileResult& file : files) {
    j.begin_object().key("path").value(file.path);
    if (!file.checked) {
      j.key("errors").value(0).key("warnings").value(0);
      j.key("read_error").value(file.read_error.value_or("unreadable")).end_object();
      continue;
    }
    j.key("errors").value(file.checked->errors).key("warnings").value(file.checked->warnings);
    j.end_object();
    errors += file.checked->errors;
    warnings += file.checked->warnings;
  }
  j.end_array().key("diagnostics").begin_array();
  for (const FileResult& file : files) {
    if (!file.checked) continue;
    for (const Finding& f : file.checked->findings) {
      const Location at = locate(*file.source, f.span);
      j.begin_object();
      j.key("file").value(file.path);
      j.key("line").value(at.begin.line).key("column").value(at.begin.column);
      j.key("end_line").value(at.end.line).key("end_column").value(at.end.column);
      j.key("severity").value(to_string(f.severity));
      j.key("rule").value(f.rule->name);
      j.key("message").value(f.message);
      if (!f.notes.empty()) {
        j.key("notes").begin_array();
        for (const Note& n : f.notes) {
          const Location note_at = locate(*file.source, n.span);
          j.begin_object().key("line").value(note_at.begin.line);
          j.key("column").value(note_at.begin.column).key("message").value(n.message).end_object();
        }
        j.end_array();
      }
      j.end_object();
    }
  }
  j.end_array().key("errors").value(errors).key("warnings").value(warnings).end_object();
  return j.take();
}

}  // namespace plan

// SARIF 2.1.0 for code scanning (GitHub uploads it with
// github/codeql-action/upload-sarif). One run: the tool with every rule of the
// table, then one result per finding. Columns count Unicode code points
// (`columnKind`), the end column is exclusive, as in SARIF's regions.

#include <algorithm>

#include "plan/check/rule_table.hpp"
#include "plan/model/rule.hpp"
#include "plan/render/findings.hpp"
#include "plan/render/rule_docs.hpp"
#include "render/json_writer.hpp"

namespace plan {
namespace {

using render::JsonWriter;

constexpr const char* kSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

std::string_view level(Severity severity) {
  return severity == Severity::error ? "error" : "warning";
}

bool unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~' || c == '/';
}

/// A file path as a URI reference: relative paths stay relative (code
/// scanning resolves them against the repository), absolute ones become
/// `file://` URIs. Everything but unreserved characters and `/` is
/// percent-encoded, byte by byte of the UTF-8.
std::string path_to_uri(std::string_view path) {
  while (path.starts_with("./"))
    path.remove_prefix(2);
  std::string out = path.starts_with('/') ? "file://" : "";
  constexpr char kHex[] = "0123456789ABCDEF";
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (unreserved(c)) {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

void physical_location(JsonWriter& j, const std::string& uri, const Location& at) {
  j.key("physicalLocation").begin_object();
  j.key("artifactLocation").begin_object().key("uri").value(uri).end_object();
  j.key("region").begin_object();
  j.key("startLine").value(at.begin.line).key("startColumn").value(at.begin.column);
  j.key("endLine").value(at.end.line).key("endColumn").value(at.end.column);
  j.end_object().end_object();
}

void text_object(JsonWriter& j, std::string_view key, std::string_view text) {
  j.key(key).begin_object().key("text").value(text).end_object();
}

void rule_descriptor(JsonWriter& j, const Rule& rule) {
  j.begin_object();
  j.key("id").value(rule.name);
  text_object(j, "shortDescription", rule.summary);
  text_object(j, "fullDescription", rule.description);
  j.key("help").begin_object().key("text").value(render_rule_text(rule));
  j.key("markdown").value(render_rule_markdown(rule)).end_object();
  j.key("defaultConfiguration").begin_object().key("level").value(level(rule.severity));
  j.end_object();
  j.key("properties").begin_object().key("tags").begin_array().value("plan");
  if (rule.structural) j.value("structural");
  j.end_array().end_object();
  j.end_object();
}

void result(JsonWriter& j, const FileResult& file, const std::string& uri, const Finding& f) {
  j.begin_object();
  j.key("ruleId").value(f.rule->name);
  j.key("ruleIndex").value(rule_index(*f.rule));
  j.key("level").value(level(f.severity));
  text_object(j, "message", f.message);
  j.key("locations").begin_array().begin_object();
  physical_location(j, uri, locate(*file.source, f.span));
  j.end_object().end_array();
  if (!f.notes.empty()) {
    j.key("relatedLocations").begin_array();
    for (std::size_t i = 0; i < f.notes.size(); ++i) {
      j.begin_object();
      physical_location(j, uri, locate(*file.source, f.notes[i].span));
      j.key("id").value(i);
      text_object(j, "message", f.notes[i].message);
      j.end_object();
    }
    j.end_array();
  }
  j.end_object();
}

}  // namespace

std::string render_sarif(std::span<const FileResult> files) {
  JsonWriter j;
  j.begin_object();
  j.key("$schema").value(kSchema);
  j.key("version").value("2.1.0");
  j.key("runs").begin_array().begin_object();

  j.key("tool").begin_object().key("driver").begin_object();
  j.key("name").value("plan");
  j.key("version").value(PLAN_VERSION);
  j.key("semanticVersion").value(PLAN_VERSION);
  j.key("informationUri").value(PLAN_HOMEPAGE_URL);
  j.key("rules").begin_array();
  for (const Rule* rule : rule_table())
    rule_descriptor(j, *rule);
  j.end_array().end_object().end_object();

  const bool all_read = std::all_of(files.begin(), files.end(),
                                    [](const FileResult& file) { return file.checked != nullptr; });
  j.key("invocations").begin_array().begin_object();
  j.key("executionSuccessful").value(all_read);
  if (!all_read) {
    j.key("toolExecutionNotifications").begin_array();
    for (const FileResult& file : files) {
      if (file.checked) continue;
      j.begin_object().key("level").value("error");
      text_object(j, "message",
                  "cannot read `" + file.path + "`: " + file.read_error.value_or("unreadable"));
      j.key("locations").begin_array().begin_object().key("physicalLocation").begin_object();
      j.key("artifactLocation").begin_object().key("uri").value(path_to_uri(file.path));
      j.end_object().end_object().end_object().end_array();
      j.end_object();
    }
    j.end_array();
  }
  j.end_object().end_array();
  j.key("columnKind").value("unicodeCodePoints");

  j.key("results").begin_array();
  for (const FileResult& file : files) {
    if (!file.checked) continue;
    const std::string uri = path_to_uri(file.path);
    for (const Finding& f : file.checked->findings)
      result(j, file, uri, f);
  }
  j.end_array();

  j.end_object().end_array().end_object();
  // Paths come from the command line and may not be UTF-8: the writer replaces, never throws.
  return j.take();
}

}  // namespace plan

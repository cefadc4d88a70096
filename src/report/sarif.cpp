// SARIF 2.1.0 for code scanning (GitHub uploads it with
// github/codeql-action/upload-sarif). One run: the tool with every rule of the
// table, then one result per finding. Columns count Unicode code points
// (`columnKind`), the end column is exclusive, as in SARIF's regions.

#include <nlohmann/json.hpp>

#include "plan/report.hpp"
#include "plan/rule.hpp"
#include "plan/rule_docs.hpp"

namespace plan {
namespace {

using Json = nlohmann::ordered_json;

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

Json region(const Location& at) {
  return Json{{"startLine", at.begin.line},
              {"startColumn", at.begin.column},
              {"endLine", at.end.line},
              {"endColumn", at.end.column}};
}

Json physical_location(const std::string& uri, const Location& at) {
  return Json{{"physicalLocation", {{"artifactLocation", {{"uri", uri}}}, {"region", region(at)}}}};
}

Json rule_descriptor(const Rule& rule) {
  Json d;
  d["id"] = rule.name;
  d["shortDescription"] = {{"text", rule.summary}};
  d["fullDescription"] = {{"text", rule.description}};
  d["help"] = {{"text", render_rule_text(rule)}, {"markdown", render_rule_markdown(rule)}};
  d["defaultConfiguration"] = {{"level", level(rule.severity)}};
  d["properties"] = {
      {"tags", rule.structural ? Json::array({"plan", "structural"}) : Json::array({"plan"})}};
  return d;
}

Json result(const FileResult& file, const std::string& uri, const Finding& f) {
  Json r;
  r["ruleId"] = f.rule->name;
  r["ruleIndex"] = rule_index(*f.rule);
  r["level"] = level(f.severity);
  r["message"] = {{"text", f.message}};
  r["locations"] = Json::array({physical_location(uri, locate(*file.source, f.span))});
  if (!f.notes.empty()) {
    auto related = Json::array();
    for (std::size_t i = 0; i < f.notes.size(); ++i) {
      Json note = physical_location(uri, locate(*file.source, f.notes[i].span));
      note["id"] = i;
      note["message"] = {{"text", f.notes[i].message}};
      related.push_back(std::move(note));
    }
    r["relatedLocations"] = std::move(related);
  }
  return r;
}

}  // namespace

std::string render_sarif(std::span<const FileResult> files) {
  auto rules = Json::array();
  for (const Rule* rule : rule_table())
    rules.push_back(rule_descriptor(*rule));

  auto results = Json::array();
  auto notifications = Json::array();
  for (const FileResult& file : files) {
    const std::string uri = path_to_uri(file.path);
    if (!file.checked) {
      Json artifact;
      artifact["physicalLocation"] = {{"artifactLocation", {{"uri", uri}}}};
      Json notification;
      notification["level"] = "error";
      notification["message"] = {
          {"text", "cannot read `" + file.path + "`: " + file.read_error.value_or("unreadable")}};
      notification["locations"] = Json::array({std::move(artifact)});
      notifications.push_back(std::move(notification));
      continue;
    }
    for (const Finding& f : file.checked->findings)
      results.push_back(result(file, uri, f));
  }

  Json driver;
  driver["name"] = "plan";
  driver["version"] = PLAN_VERSION;
  driver["semanticVersion"] = PLAN_VERSION;
  driver["informationUri"] = PLAN_HOMEPAGE_URL;
  driver["rules"] = std::move(rules);

  Json invocation;
  invocation["executionSuccessful"] = notifications.empty();
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);

  Json run;
  run["tool"] = {{"driver", std::move(driver)}};
  run["invocations"] = Json::array({std::move(invocation)});
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = std::move(results);

  Json log;
  log["$schema"] = kSchema;
  log["version"] = "2.1.0";
  log["runs"] = Json::array({std::move(run)});
  // Paths come from the command line and may not be UTF-8: replace, never throw.
  return log.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace plan

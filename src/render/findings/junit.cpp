// JUnit XML, as GitLab, Jenkins and most CI dashboards read test reports: one
// <testsuite> per file, one <testcase> per rule of the table. A rule with
// findings is a failed case whose <failure> lists them; a rule that did not run
// (turned off in policy.rules, or the file is not a plan at all) is skipped; a
// file that could not be read is one case in error.

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

#include "plan/check/rule_table.hpp"
#include "plan/load/load.hpp"
#include "plan/model/rule.hpp"
#include "plan/render/findings.hpp"
#include "render/findings/lines.hpp"
#include "support/utf8.hpp"

namespace plan {
namespace {

/// Whether XML 1.0 allows the code point in a document.
bool xml_char(std::uint32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

/// Text escaped for XML content or a double-quoted attribute. Characters XML
/// 1.0 cannot hold at all (most C0 controls, U+FFFE, U+FFFF) are written as
/// `\u{XXXX}`; in attributes, line breaks and tabs become character
/// references so that parsers do not fold them into spaces.
std::string escape(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t begin = at;
    // A malformed sequence becomes U+FFFD one byte at a time (paths need not be UTF-8).
    const utf8::Decoded d = utf8::decode(text, at);
    const std::uint32_t c = d.valid ? d.code_point : 0xFFFD;
    at += d.valid ? d.length : 1;
    switch (c) {
      case '&':
        out += "&amp;";
        continue;
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '"':
        out += attribute ? "&quot;" : "\"";
        continue;
      case '\r':
        out += "&#13;";
        continue;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        continue;
      case '\t':
        out += attribute ? "&#9;" : "\t";
        continue;
      default:
        break;
    }
    if (!xml_char(c)) {
      out += fmt::format("\\u{{{:04X}}}", c);
    } else if (!d.valid) {
      out += utf8::kReplacement;
    } else {
      out += text.substr(begin, at - begin);
    }
  }
  return out;
}

std::string attr(std::string_view text) {
  return escape(text, true);
}

/// Why a rule did not run on this file, or nothing when it ran.
std::optional<std::string_view> skipped(const Rule& rule, const CheckedPlan& checked) {
  if (rule.judges_document) return std::nullopt;
  if (!checked.document_ok) return "not run: the file is not a plan document";
  if (!effective_severity(rule, checked.plan.policy)) return "turned off in policy.rules";
  return std::nullopt;
}

struct Suite {
  std::string body;
  int tests = 0;
  int failures = 0;
  int errors = 0;
  int skipped = 0;
};

Suite unreadable_suite(const FileResult& file) {
  Suite s;
  s.tests = 1;
  s.errors = 1;
  const std::string message =
      fmt::format("cannot read `{}`: {}", file.path, file.read_error.value_or("unreadable"));
  s.body = fmt::format(
      "    <testcase name=\"read\" classname=\"{0}\" file=\"{0}\">\n"
      "      <error message=\"{1}\" type=\"unreadable\"/>\n"
      "    </testcase>\n",
      attr(file.path), attr(message));
  return s;
}

/// One finding as the text report prints its first line, then its notes.
std::string finding_lines(const FileResult& file, const Finding& f) {
  const render::Palette& plain = render::palette(false);
  std::string out =
      render::finding_line(file.path, locate(*file.source, f.span), f, f.message, plain) + "\n";
  for (const Note& n : f.notes)
    out += render::note_line(file.path, locate(*file.source, n.span), n.message, plain) + "\n";
  return out;
}

Suite checked_suite(const FileResult& file) {
  Suite s;
  const CheckedPlan& checked = *file.checked;
  const std::string path = attr(file.path);
  for (const Rule* rule : rule_table()) {
    ++s.tests;
    std::vector<const Finding*> found;
    for (const Finding& f : checked.findings) {
      if (f.rule == rule) found.push_back(&f);
    }
    const std::string open = fmt::format("    <testcase name=\"{}\" classname=\"{}\" file=\"{}\"",
                                         attr(rule->name), path, path);
    if (found.empty()) {
      if (const auto why = skipped(*rule, checked)) {
        ++s.skipped;
        s.body += fmt::format("{}>\n      <skipped message=\"{}\"/>\n    </testcase>\n", open,
                              attr(*why));
      } else {
        s.body += open + "/>\n";
      }
      continue;
    }
    ++s.failures;
    const bool any_error = std::any_of(found.begin(), found.end(), [](const Finding* f) {
      return f->severity == Severity::error;
    });
    const Location first = locate(*file.source, found.front()->span);
    const std::string summary =
        found.size() == 1 ? fmt::format("line {}: {}", first.begin.line, found.front()->message)
                          : fmt::format("{} findings, the first at line {}: {}", found.size(),
                                        first.begin.line, found.front()->message);
    std::string details;
    for (const Finding* f : found)
      details += finding_lines(file, *f);
    s.body += fmt::format(
        "{}>\n      <failure message=\"{}\" type=\"{}\">{}</failure>\n"
        "    </testcase>\n",
        open, attr(summary), any_error ? "error" : "warning", escape(details, false));
  }
  return s;
}

}  // namespace

std::string render_junit(std::span<const FileResult> files) {
  std::string suites;
  Suite total;
  for (const FileResult& file : files) {
    const Suite s = file.checked ? checked_suite(file) : unreadable_suite(file);
    suites += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\">\n{}"
        "  </testsuite>\n",
        attr(file.path), s.tests, s.failures, s.errors, s.skipped, s.body);
    total.tests += s.tests;
    total.failures += s.failures;
    total.errors += s.errors;
    total.skipped += s.skipped;
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"plan check\" tests=\"{}\" failures=\"{}\" errors=\"{}\" "
      "skipped=\"{}\">\n{}</testsuites>\n",
      total.tests, total.failures, total.errors, total.skipped, suites);
}

}  // namespace plan

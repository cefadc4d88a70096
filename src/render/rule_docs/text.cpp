// The rules' documentation for a terminal: `plan rules` (one rule a line) and
// `plan explain RULE` (one rule, prose wrapped, examples indented).

#include <algorithm>

#include <fmt/format.h>

#include "plan/render/rule_docs.hpp"
#include "support/utf8.hpp"

namespace plan {
namespace {

constexpr std::size_t kWidth = 78;
constexpr std::string_view kIndent = "  ";
constexpr std::string_view kCodeIndent = "    ";

/// Characters, not bytes, so that "→" counts as one column.
constexpr auto columns = utf8::count_characters;

/// `text` wrapped at kWidth, every line indented.
std::string wrap(std::string_view text) {
  std::string out;
  std::string line;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t space = text.find(' ', at);
    const std::string_view word =
        text.substr(at, space == std::string_view::npos ? std::string_view::npos : space - at);
    at = space == std::string_view::npos ? text.size() : space + 1;
    if (word.empty()) continue;
    if (!line.empty() && kIndent.size() + columns(line) + 1 + columns(word) > kWidth) {
      out += fmt::format("{}{}\n", kIndent, line);
      line.clear();
    }
    if (!line.empty()) line += ' ';
    line += word;
  }
  if (!line.empty()) out += fmt::format("{}{}\n", kIndent, line);
  return out;
}

/// YAML, each line indented, so that it can be copied as it is.
std::string code(std::string_view yaml) {
  std::string out;
  std::size_t at = 0;
  while (at < yaml.size()) {
    std::size_t end = yaml.find('\n', at);
    if (end == std::string_view::npos) end = yaml.size();
    out += fmt::format("{}{}\n", kCodeIndent, yaml.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

}  // namespace

std::string render_rule_list(std::span<const Rule* const> rules) {
  std::size_t name_width = 0;
  for (const Rule* rule : rules)
    name_width = std::max(name_width, rule->name.size());
  std::string out;
  for (const Rule* rule : rules) {
    out +=
        fmt::format("{:<{}}  {:<7}  {:<10}  {}\n", rule->name, name_width,
                    to_string(rule->severity), rule->structural ? "structural" : "", rule->summary);
  }
  return out;
}

std::string render_rule_text(const Rule& rule) {
  std::string out = fmt::format("{} ({}{})\n", rule.name, to_string(rule.severity),
                                rule.structural ? ", structural" : "");
  out += wrap(rule.summary);
  out += "\nWhat it checks\n" + wrap(rule.description);
  out += "\nWhy it matters\n" + wrap(rule.rationale);
  out += "\nWhere it points\n" + wrap(rule.points_at);
  out += "\nExample\n" + code(rule.example);
  out += "\nFix\n" + code(rule.fix);
  out += "\nConfiguration\n";
  if (rule.structural) {
    out += wrap(
        "A structural rule: it is always an error. `policy.rules` cannot change it and `ignore` "
        "cannot drop it.");
  } else {
    out += wrap(fmt::format(
        "`policy: {{rules: {{{}: error|warning|off}}}}` raises, lowers or turns it off for the "
        "plan; `ignore: [{}]` on a goal, stage, role, tactic or deal drops its findings about "
        "that item.",
        rule.name, rule.name));
  }
  return out;
}

}  // namespace plan

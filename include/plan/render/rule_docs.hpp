#pragma once
// The rules' documentation, rendered from the rule table (include/plan/rule.hpp):
// `plan rules`, `plan explain`, docs/rules.md and SARIF's rule descriptions
// all read the same fields. Renderers return strings.

#include <span>
#include <string>

#include "plan/model/rule.hpp"

namespace plan {

/// `plan rules`: one rule a line: name, default severity, one-line summary.
std::string render_rule_list(std::span<const Rule* const> rules);

/// `plan explain RULE`: one rule's documentation for a terminal, prose wrapped.
std::string render_rule_text(const Rule& rule);

/// One rule's documentation as a Markdown section (`## \`name\`` ...).
std::string render_rule_markdown(const Rule& rule);

/// The whole catalogue as one Markdown page: a table of the rules, then each
/// one's section. docs/rules.md is this page.
std::string render_rules_markdown(std::span<const Rule* const> rules);

}  // namespace plan

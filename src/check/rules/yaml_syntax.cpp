// `yaml-syntax`: reported while the file is loaded (src/load/); declared here so
// that the rule table, `plan rules` and policy checks know it.

#include "check/rules/rules.hpp"

namespace plan::rules {

const Rule kYamlSyntax{
    .name = "yaml-syntax",
    .severity = Severity::error,
    .structural = true,
    .summary = "the file is not valid YAML (nesting too deep included)",
    .points_at = "the parser's position",
    .description =
        "The file must be valid YAML before anything else can be read: an unclosed quote "
        "or bracket, a tab used for indentation, a key at the wrong indentation, or "
        "nesting too deep for the loader stops the reading. It is then the file's only "
        "finding, at the position where the parser gave up.",
    .rationale =
        "The strategy, the sales process and the tactics are only worth writing down if "
        "everyone can read them, people and tools alike. Until the file parses, no other "
        "rule can say anything about the plan, so this one comes first.",
    .example = R"yaml(roles:
  - id: salesperson
    name: "Salesperson
)yaml",
    .fix = R"yaml(roles:
  - id: salesperson
    name: "Salesperson"   # close the quote
)yaml",
    .check = nullptr,
};

}  // namespace plan::rules

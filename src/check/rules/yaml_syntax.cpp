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
    .check = nullptr,
};

}  // namespace plan::rules

// `unknown-key`: reported while the file is loaded (src/load/); declared here so
// that the rule table, `plan rules` and policy checks know it.

#include "check/rules/rules.hpp"

namespace plan::rules {

const Rule kUnknownKey{
    .name = "unknown-key",
    .severity = Severity::error,
    .structural = true,
    .summary = "a key the format does not have",
    .points_at = "the key",
    .description =
        "Every key must be one the plan format has in that place (see docs/format.md or "
        "`plan schema`). A key that is not is reported with the nearest valid key (\"did "
        "you mean `target`?\") or the list of keys allowed there. Keys that start with `x-` "
        "are ignored anywhere: use them for notes or for anchors to reuse. `<<` is an "
        "ordinary key here, so it is unknown too.",
    .rationale =
        "A misspelt key is silently lost information: a goal whose `targte` is never read "
        "has no target, so nobody can measure progress towards the strategy. Failing "
        "loudly on unknown keys keeps what the plan says and what the tools read the same.",
    .example = R"yaml(strategy:
  name: Pursue whales to grow revenue
  end: 2030-12-31
  goals:
    - id: revenue
      name: Annual revenue of $12M
      targte: 12000000
)yaml",
    .fix = R"yaml(strategy:
  name: Pursue whales to grow revenue
  end: 2030-12-31
  goals:
    - id: revenue
      name: Annual revenue of $12M
      target: 12000000   # `target`, spelt right
)yaml",
    .check = nullptr,
};

}  // namespace plan::rules

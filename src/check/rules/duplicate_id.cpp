// `duplicate-id`: an id repeated in one list. The first item is the item; a
// later one is checked for its own schema only (analyze marks it).

#include <unordered_map>

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

template <class T>
void check_list(const List<T>& list, std::string_view noun, FindingSink& out) {
  std::unordered_map<std::string_view, Span> first;
  for (const T& item : list.items) {
    if (!item.id.known()) continue;
    const auto [it, inserted] = first.emplace(*item.id, item.id.at);
    if (inserted) continue;
    out.report(nullptr, item.id.at,
               fmt::format("duplicate {} id `{}`; each {} needs its own id", noun, *item.id, noun),
               {Note{it->second, "first used here"}});
  }
}

void check(const Plan& plan, FindingSink& out) {
  check_list(plan.strategy.goals, "goal", out);
  check_list(plan.process.stages, "stage", out);
  check_list(plan.roles, "role", out);
  check_list(plan.tactical_plan.tactics, "tactic", out);
  check_list(plan.deals, "deal", out);
}

}  // namespace

const Rule kDuplicateId{
    .name = "duplicate-id",
    .severity = Severity::error,
    .structural = true,
    .summary = "an id repeated in one list",
    .points_at = "the second id",
    .description =
        "An id is repeated within one list (goals, stages, roles, tactics or deals). The "
        "first item with the id is the item; each later one is reported (with a note at "
        "the first), is checked for its own keys only, and takes part in no reference, "
        "date or warning rule.",
    .rationale =
        "Ids are how the levels of the plan link up: a tactic names the goal it supports, "
        "its owner role and the tactics it waits for. An id that means two things makes "
        "every such link ambiguous.",
    .example = R"yaml(roles:
  - id: salesperson
    name: Salesperson
  - id: salesperson
    name: Sales manager
)yaml",
    .fix = R"yaml(roles:
  - id: salesperson
    name: Salesperson
  - id: sales-manager   # an id of its own
    name: Sales manager
)yaml",
    .check = check,
};

}  // namespace plan::rules

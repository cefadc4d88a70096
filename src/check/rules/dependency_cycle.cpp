// `dependency-cycle`: tactics whose `after` links loop can never start. One
// finding per strongly connected group (analyze finds them), showing one loop.

#include <algorithm>
#include <deque>
#include <unordered_map>

#include <fmt/ranges.h>

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

/// The shortest loop from the group's first tactic back to itself, as ids.
std::vector<std::string_view> one_loop(const std::vector<Tactic>& tactics,
                                       const std::vector<int>& group) {
  const int first = group.front();
  std::unordered_map<int, int> came_from;  // tactic -> the tactic that waits for it
  std::deque<int> queue{first};
  int last = -1;
  while (!queue.empty() && last < 0) {
    const int v = queue.front();
    queue.pop_front();
    for (const Ref& r : tactics[v].after.refs) {
      if (r.target < 0 || tactics[r.target].cycle != tactics[first].cycle) continue;
      if (r.target == first) {
        last = v;
        break;
      }
      if (came_from.emplace(r.target, v).second) queue.push_back(r.target);
    }
  }
  std::vector<std::string_view> path;
  for (int v = last; v != first; v = came_from.at(v))
    path.push_back(*tactics[v].id);
  path.push_back(*tactics[first].id);
  std::reverse(path.begin(), path.end());
  path.push_back(*tactics[first].id);
  return path;
}

std::string describe(const std::vector<int>& group, const std::vector<std::string_view>& loop) {
  const std::string path = fmt::format("{}", fmt::join(loop, " → "));
  if (group.size() == 1) {
    return fmt::format("tactic `{}` waits for itself ({}); remove it from its own `after`",
                       loop.front(), path);
  }
  if (group.size() + 1 == loop.size()) {
    return fmt::format(
        "{} tactics wait for each other in a loop: {}; remove one of these `after` links",
        group.size(), path);
  }
  return fmt::format(
      "{} tactics wait for each other in loops, such as {}; remove `after` links until no loop "
      "is left",
      group.size(), path);
}

void check(const Plan& plan, FindingSink& out) {
  const auto& tactics = plan.tactical_plan.tactics.items;
  for (const auto& group : plan.cycles) {
    const Tactic& first = tactics[group.front()];
    out.report(nullptr, first.after.key, describe(group, one_loop(tactics, group)));
  }
}

}  // namespace

const Rule kDependencyCycle{
    .name = "dependency-cycle",
    .severity = Severity::error,
    .structural = true,
    .summary = "`after` links form a cycle (a tactic naming itself included)",
    .points_at = "the `after` key of the group's first tactic in file order",
    .description =
        "The `after` links between tactics form a loop, so none of the tactics on it can "
        "ever start (a tactic that names itself in `after` included). One finding per "
        "strongly connected group of tactics, at the `after` key of the group's first "
        "tactic in file order; the message shows one loop (`a → b → a`).",
    .rationale =
        "Tactics are ordered work: the salesperson contacts a decision maker after the "
        "dossier is compiled. A loop in that order is a plan that cannot be executed, and "
        "every due date derived from it is unknown.",
    .example = R"yaml(tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      after: contact
      within: 2w
      supports: revenue
    - id: contact
      title: Contact a key decision maker
      owner: salesperson
      after: dossiers
      within: 5d
      supports: revenue
)yaml",
    .fix = R"yaml(tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      due: 2027-03-31   # waits for nothing
      supports: revenue
    - id: contact
      title: Contact a key decision maker
      owner: salesperson
      after: dossiers
      within: 5d
      supports: revenue
)yaml",
    .check = check,
};

}  // namespace plan::rules

// The derived facts of a plan (docs/format.md, "Time"), computed once so that every rule and report
// reads the same answer: duplicate ids, references, windows, cycles, due dates.
// Every step is a hash-map lookup or a linear graph walk.

#include "plan/model/analyze.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace plan {
namespace {

using IdIndex = std::unordered_map<std::string_view, int>;

/// Marks every item whose id an earlier item already has; returns id -> first item.
template <class T>
IdIndex index_ids(List<T>& list) {
  IdIndex index;
  index.reserve(list.items.size());
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    T& item = list.items[i];
    if (!item.id.known()) continue;
    const auto [it, inserted] = index.emplace(*item.id, static_cast<int>(i));
    item.duplicate = !inserted;
  }
  return index;
}

void resolve(Ref& ref, const IdIndex& index) {
  const auto it = index.find(ref.id);
  ref.target = it == index.end() ? -1 : it->second;
}

void resolve(Field<Ref>& field, const IdIndex& index) {
  if (field.value) resolve(*field.value, index);
}

void resolve(RefList& list, const IdIndex& index) {
  for (Ref& ref : list.refs)
    resolve(ref, index);
}

std::optional<Window> window(std::optional<Date> start, std::optional<Date> end) {
  if (!start || !end || *end < *start) return std::nullopt;
  return Window{*start, *end};
}

/// Tarjan's strongly connected components over `after` links, without
/// recursion. Components come out prerequisites first.
std::vector<std::vector<int>> strongly_connected(const std::vector<Tactic>& tactics) {
  const int n = static_cast<int>(tactics.size());
  std::vector<int> index(n, -1), low(n, 0);
  std::vector<char> on_stack(n, 0);
  std::vector<int> stack;
  std::vector<std::vector<int>> components;
  struct Frame {
    int node;
    std::size_t next_edge;
  };
  std::vector<Frame> frames;
  int counter = 0;
  const auto edge = [&](int node, std::size_t e) { return tactics[node].after.refs[e].target; };
  for (int root = 0; root < n; ++root) {
    if (index[root] >= 0) continue;
    frames.push_back({root, 0});
    index[root] = low[root] = counter++;
    stack.push_back(root);
    on_stack[root] = 1;
    while (!frames.empty()) {
      Frame& frame = frames.back();
      const int v = frame.node;
      const auto& refs = tactics[v].after.refs;
      if (frame.next_edge < refs.size()) {
        const int w = edge(v, frame.next_edge++);
        if (w < 0) continue;
        if (index[w] < 0) {
          index[w] = low[w] = counter++;
          stack.push_back(w);
          on_stack[w] = 1;
          frames.push_back({w, 0});
        } else if (on_stack[w]) {
          low[v] = std::min(low[v], index[w]);
        }
        continue;
      }
      if (low[v] == index[v]) {
        std::vector<int> component;
        int w = -1;
        do {
          w = stack.back();
          stack.pop_back();
          on_stack[w] = 0;
          component.push_back(w);
        } while (w != v);
        components.push_back(std::move(component));
      }
      frames.pop_back();
      if (!frames.empty()) {
        const int parent = frames.back().node;
        low[parent] = std::min(low[parent], low[v]);
      }
    }
  }
  return components;
}

bool links_to_itself(const Tactic& t, int self) {
  return std::any_of(t.after.refs.begin(), t.after.refs.end(),
                     [&](const Ref& r) { return r.target == self; });
}

/// The latest finish among a tactic's prerequisites, when every one resolves
/// to a tactic off any cycle with a known finish (and the tactic itself is on
/// no cycle); else unknown.
std::optional<Date> latest_finish(const Tactic& t, const std::vector<Tactic>& tactics) {
  if (t.cycle >= 0) return std::nullopt;
  std::optional<Date> latest;
  for (const Ref& ref : t.after.refs) {
    if (ref.target < 0) return std::nullopt;
    const Tactic& prerequisite = tactics[static_cast<std::size_t>(ref.target)];
    if (prerequisite.cycle >= 0) return std::nullopt;
    const auto finish = prerequisite.finish();
    if (!finish) return std::nullopt;
    if (!latest || *finish > *latest) latest = finish;
  }
  return latest;
}

/// The due date a tactic gets from `after` + `within`.
std::optional<Date> derived_due(const Tactic& t, const std::vector<Tactic>& tactics) {
  if (!t.within.known()) return std::nullopt;
  const auto latest = latest_finish(t, tactics);
  if (!latest) return std::nullopt;
  return *latest + *t.within;
}

/// The start every command counts from (§2): `start` when written; else,
/// with `after`, the prerequisites' latest finish; else the window's start.
std::optional<Date> start_of(const Tactic& t, const std::vector<Tactic>& tactics,
                             const TacticalPlan& tp) {
  if (t.start.present) return t.start.value;
  if (!t.after.present) return tp.start.value;
  return latest_finish(t, tactics);
}

}  // namespace

void analyze(Plan& plan, std::optional<Date> as_of) {
  plan.today = as_of ? as_of : plan.as_of.value;

  // Ids: the first item with an id is the item; later ones are duplicates.
  const IdIndex goals = index_ids(plan.strategy.goals);
  const IdIndex stages = index_ids(plan.process.stages);
  const IdIndex roles = index_ids(plan.roles);
  auto& tactics = plan.tactical_plan.tactics.items;
  const IdIndex tactic_ids = index_ids(plan.tactical_plan.tactics);
  index_ids(plan.deals);

  // References; a duplicate takes part in none.
  for (Tactic& t : tactics) {
    if (t.duplicate) continue;
    resolve(t.owner, roles);
    resolve(t.supports, goals);
    resolve(t.stage, stages);
    resolve(t.after, tactic_ids);
  }
  for (Deal& d : plan.deals.items) {
    if (d.duplicate) continue;
    resolve(d.stage, stages);
    resolve(d.owner, roles);
  }

  // Windows; the strategy starts with the tactical plan unless it says otherwise.
  const TacticalPlan& tp = plan.tactical_plan;
  plan.tactical_window = window(tp.start.value, tp.end.value);
  const std::optional<Date> strategy_start =
      plan.strategy.start.present ? plan.strategy.start.value : tp.start.value;
  plan.strategy_window = window(strategy_start, plan.strategy.end.value);

  // Dependency cycles, then due dates in dependency order.
  plan.cycles.clear();
  const auto components = strongly_connected(tactics);
  for (const auto& component : components) {
    if (component.size() == 1 && !links_to_itself(tactics[component[0]], component[0])) continue;
    std::vector<int> members = component;
    std::sort(members.begin(), members.end());
    for (const int m : members)
      tactics[m].cycle = static_cast<int>(plan.cycles.size());
    plan.cycles.push_back(std::move(members));
  }
  for (const auto& component : components) {
    for (const int i : component) {
      Tactic& t = tactics[i];
      t.due_derived = !t.due.present && t.within.present;
      t.due_date = t.due_derived ? derived_due(t, tactics) : t.due.value;
      t.start_date = start_of(t, tactics, tp);
    }
  }
  // Cycles are reported in file order of their first tactic.
  std::sort(plan.cycles.begin(), plan.cycles.end(),
            [](const auto& a, const auto& b) { return a.front() < b.front(); });
  for (std::size_t c = 0; c < plan.cycles.size(); ++c) {
    for (const int m : plan.cycles[c])
      tactics[m].cycle = static_cast<int>(c);
  }
}

}  // namespace plan

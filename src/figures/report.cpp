#include "plan/figures/report.hpp"

#include <algorithm>
#include <unordered_map>

namespace plan {

WindowProgress window_progress(Window window, Date today) {
  WindowProgress p;
  p.window = window;
  p.days = window.end - window.start;
  p.elapsed_days = std::clamp(today - window.start, 0, p.days);
  if (p.days > 0) {
    p.elapsed = static_cast<double>(p.elapsed_days) / p.days;
  } else {
    p.elapsed = today >= window.end ? 1.0 : 0.0;
  }
  return p;
}

namespace {

/// Indices of the items that are not duplicates, -1 for those that are.
template <class T>
std::vector<int> slots(const List<T>& list) {
  std::vector<int> out(list.items.size(), -1);
  int next = 0;
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    if (!list.items[i].duplicate) out[i] = next++;
  }
  return out;
}

std::string text_or_empty(const Field<std::string>& field) {
  return field.known() ? *field : std::string();
}

GoalFigures goal_figures(const Goal& goal) {
  GoalFigures g;
  g.id = text_or_empty(goal.id);
  g.name = text_or_empty(goal.name);
  g.metric = text_or_empty(goal.metric);
  g.target = goal.target.value;
  g.actual = goal.actual.value;
  if (g.target && g.actual && *g.target != 0) g.progress = *g.actual / *g.target;
  g.due = goal.due.value;
  return g;
}

TacticFigures tactic_figures(const Plan& plan, const Tactic& t, int index, Date today,
                             const std::vector<int>& goal_slot) {
  TacticFigures f;
  f.index = index;
  f.id = text_or_empty(t.id);
  f.title = text_or_empty(t.title);
  if (t.owner.known() && t.owner->target >= 0) f.role = t.owner->id;
  f.assignee = text_or_empty(t.assignee);
  f.due = t.due_date;
  f.status = t.state();
  f.assessment = assess(plan, t, today);
  for (const Ref& r : t.supports.refs) {
    if (r.target < 0) continue;
    const int slot = goal_slot[static_cast<std::size_t>(r.target)];
    if (slot >= 0 && std::find(f.goals.begin(), f.goals.end(), slot) == f.goals.end()) {
      f.goals.push_back(slot);
    }
  }
  std::sort(f.goals.begin(), f.goals.end());
  if (t.measure.present) {
    f.metric = text_or_empty(t.measure.metric);
    f.target = t.measure.target.value;
    f.actual = t.measure.actual.value;
  }
  return f;
}

/// Adds a counted tactic to one role's or person's figures.
void add_tactic(Accountability& a, const TacticFigures& t, int slot, Date today) {
  a.tactics.push_back(slot);
  a.tally.add(t.assessment);
  a.goals.insert(a.goals.end(), t.goals.begin(), t.goals.end());
  if (t.assessment.standing != Standing::done && t.due && today <= *t.due &&
      *t.due - today <= kDueAheadDays) {
    a.due_ahead.push_back(slot);
  }
}

/// Orders the lists once every tactic is in: by due date (unknown last), then file order.
void finish(Accountability& a, const std::vector<TacticFigures>& tactics) {
  const auto by_due = [&](int x, int y) {
    const auto& dx = tactics[static_cast<std::size_t>(x)].due;
    const auto& dy = tactics[static_cast<std::size_t>(y)].due;
    if (dx.has_value() != dy.has_value()) return dx.has_value();
    return dx && *dx < *dy;
  };
  std::stable_sort(a.tactics.begin(), a.tactics.end(), by_due);
  std::stable_sort(a.due_ahead.begin(), a.due_ahead.end(), by_due);
  std::sort(a.goals.begin(), a.goals.end());
  a.goals.erase(std::unique(a.goals.begin(), a.goals.end()), a.goals.end());
}

/// A role under construction: its people by name for the single pass over tactics.
struct RoleBuilder {
  int role = -1;  ///< index into Plan::roles
  RoleReport card;
  std::unordered_map<std::string, std::size_t> people;  // name -> index in card.people
  std::optional<std::size_t> unassigned;

  PersonReport& person(const std::string& name) {
    if (name.empty()) {
      if (!unassigned) {
        unassigned = card.people.size();
        card.people.push_back({"", true, {}, std::nullopt, std::nullopt, std::nullopt});
      }
      return card.people[*unassigned];
    }
    const auto [it, added] = people.try_emplace(name, card.people.size());
    if (added) card.people.push_back({name, false, {}, std::nullopt, std::nullopt, std::nullopt});
    return card.people[it->second];
  }
};

/// Each person's sales (when their role has a quota or they have deals) and
/// their peak planned load against the role's capacity.
void add_sales_and_load(const Plan& plan, Date today, std::vector<RoleBuilder>& roles) {
  const Pipeline pipeline = build_pipeline(plan, today);
  const std::vector<PersonWorkload> loads = planned_load(plan);
  for (RoleBuilder& b : roles) {
    const Role& role = plan.roles.items[static_cast<std::size_t>(b.role)];
    for (PersonReport& person : b.card.people) {
      if (person.unassigned) continue;
      person.capacity = role.capacity.value;
      for (const PersonSales& ps : pipeline.people) {
        if (ps.role == b.role && ps.person == person.name && (ps.quota || !ps.deals.empty())) {
          person.sales = ps;
        }
      }
      for (const PersonWorkload& load : loads) {
        if (load.role != b.role || load.person != person.name) continue;
        if (const WeekWorkload* peak = load.peak()) person.peak_load = *peak;
      }
    }
  }
}

}  // namespace

Report build_report(const Plan& plan, Date today, const Scope& scope) {
  Report s;
  s.plan_name = text_or_empty(plan.name);
  s.as_of = today;
  s.strategy_name = text_or_empty(plan.strategy.name);
  if (plan.strategy_window) s.strategy = window_progress(*plan.strategy_window, today);
  s.tactical_name = text_or_empty(plan.tactical_plan.name);
  if (plan.tactical_window) s.tactical = window_progress(*plan.tactical_window, today);

  const std::vector<int> goal_slot = slots(plan.strategy.goals);
  for (const Goal& g : plan.strategy.goals.items) {
    if (!g.duplicate) s.goals.push_back(goal_figures(g));
  }

  const std::vector<int> role_slot = slots(plan.roles);
  std::vector<RoleBuilder> roles;
  for (const Role& r : plan.roles.items) {
    if (r.duplicate) continue;
    RoleBuilder& b = roles.emplace_back();
    b.role = static_cast<int>(&r - plan.roles.items.data());
    b.card.id = text_or_empty(r.id);
    b.card.name = text_or_empty(r.name);
    for (const Text& p : r.people)
      b.person(p.value);
  }

  const auto& items = plan.tactical_plan.tactics.items;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Tactic& t = items[i];
    if (t.duplicate) continue;
    RoleBuilder* role = nullptr;
    if (t.owner.known() && t.owner->target >= 0) {
      const int slot = role_slot[static_cast<std::size_t>(t.owner->target)];
      if (slot >= 0) role = &roles[static_cast<std::size_t>(slot)];
    }
    PersonReport* person = role ? &role->person(text_or_empty(t.assignee)) : nullptr;
    if (t.dropped()) {
      ++s.dropped;
      if (role) ++role->card.figures.dropped;
      if (person) ++person->figures.dropped;
      continue;
    }
    const int slot = static_cast<int>(s.tactics.size());
    s.tactics.push_back(tactic_figures(plan, t, static_cast<int>(i), today, goal_slot));
    const TacticFigures& f = s.tactics.back();
    s.total.add(f.assessment);
    for (const int g : f.goals) {
      GoalFigures& goal = s.goals[static_cast<std::size_t>(g)];
      goal.tactics.push_back(slot);
      if (f.assessment.standing == Standing::done) ++goal.done;
    }
    if (role) {
      add_tactic(role->card.figures, f, slot, today);
      add_tactic(person->figures, f, slot, today);
    }
  }

  add_sales_and_load(plan, today, roles);
  for (RoleBuilder& b : roles) {
    RoleReport& card = b.card;
    if (!scope.covers_role(card.id)) continue;
    // Unassigned tactics that were all dropped get no section of their own.
    std::erase_if(card.people, [&](const PersonReport& p) {
      return (p.unassigned && p.figures.tactics.empty()) ||
             (scope.person && (p.unassigned || p.name != *scope.person));
    });
    if (scope.person && card.people.empty()) continue;
    finish(card.figures, s.tactics);
    for (PersonReport& p : card.people)
      finish(p.figures, s.tactics);
    s.roles.push_back(std::move(card));
  }
  return s;
}

}  // namespace plan

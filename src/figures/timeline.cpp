#include "plan/figures/timeline.hpp"

#include <algorithm>

namespace plan {
namespace {

/// Why a tactic's due date is unknown, in words.
std::string unknown_due_reason(const Tactic& t) {
  if (t.cycle >= 0) return "its due date is unknown: it is on a dependency cycle";
  if (t.due.present) return "its due date is unknown: `due` is not a valid date";
  if (t.within.present && t.after.present)
    return "its due date is unknown: a prerequisite's finish is unknown";
  if (t.within.present) return "its due date is unknown: `within` needs `after`";
  return "it has no due date";
}

/// The ids of the prerequisites a tactic without a `start` of its own starts after.
std::vector<std::string> start_after(const Plan& plan, const Tactic& t) {
  std::vector<std::string> ids;
  if (t.start.present) return ids;
  const auto& tactics = plan.tactical_plan.tactics.items;
  for (const Ref& r : t.after.refs) {
    if (r.target < 0) return {};
    ids.emplace_back(tactics[static_cast<std::size_t>(r.target)].name_or_empty());
  }
  return ids;
}

/// Places a row on the axis: cuts it at the edges, or says it is off the axis.
/// Returns false when the row lies wholly outside.
bool place(TimelineRow& row, Window axis) {
  if (!row.drawable()) return true;
  if (*row.due < axis.start || *row.start > axis.end) return false;
  row.cut_start = *row.start < axis.start;
  row.cut_end = *row.due > axis.end;
  row.drawn = {std::max(*row.start, axis.start), std::min(*row.due, axis.end)};
  return true;
}

TimelineRow make_row(const Plan& plan, const Tactic& t, int index, const Assessment& a) {
  TimelineRow row;
  row.index = index;
  row.id = std::string(t.name_or_empty());
  row.title = t.title.known() ? *t.title : std::string();
  row.assignee = t.assignee.known() ? *t.assignee : std::string();
  row.status = t.state();
  row.standing = a.standing;
  row.start = t.start_date;
  row.due = t.due_date;
  row.due_derived = t.due_derived;
  row.start_after = start_after(plan, t);
  if (!row.due) {
    row.not_drawn = unknown_due_reason(t);
  } else if (!row.start) {
    row.not_drawn = "its start is unknown";
  } else if (*row.due < *row.start) {
    row.not_drawn = "it is due before it starts";
  } else {
    row.milestone = *row.start == *row.due;
    row.drawn = {*row.start, *row.due};
  }
  return row;
}

}  // namespace

std::size_t Timeline::row_count() const {
  std::size_t n = 0;
  for (const TimelineLane& lane : lanes)
    n += lane.rows.size();
  return n;
}

Timeline build_timeline(const Plan& plan, const TimelineQuery& query, Date today) {
  Timeline timeline;
  timeline.plan_name = plan.name.known() ? *plan.name : std::string();
  timeline.tactical_name =
      plan.tactical_plan.name.known() ? *plan.tactical_plan.name : std::string();
  timeline.as_of = today;

  std::optional<Window> axis = plan.tactical_window;
  if (query.from || query.to) {
    const std::optional<Date> start = query.from ? query.from : plan.tactical_plan.start.value;
    const std::optional<Date> end = query.to ? query.to : plan.tactical_plan.end.value;
    axis =
        start && end && *start <= *end ? std::optional<Window>(Window{*start, *end}) : std::nullopt;
  }
  timeline.axis = axis;
  timeline.as_of_on_axis = axis && axis->contains(today);

  for (const Goal& g : plan.strategy.goals.items) {
    if (g.duplicate) continue;
    TimelineGoal goal;
    goal.id = std::string(g.name_or_empty());
    goal.name = g.name.known() ? *g.name : goal.id;
    goal.due = g.due.value;
    if (goal.due && axis) goal.side = *goal.due < axis->start ? -1 : *goal.due > axis->end ? 1 : 0;
    timeline.goals.push_back(std::move(goal));
  }

  // One lane per selected role, in plan order; `lane_of` maps a role index to its lane.
  const auto& roles = plan.roles.items;
  std::vector<int> lane_of(roles.size(), -1);
  for (std::size_t i = 0; i < roles.size(); ++i) {
    const Role& role = roles[i];
    if (!role.id.known() || role.duplicate || !query.scope.covers_role(*role.id)) continue;
    if (query.scope.person && !role.has_person(*query.scope.person)) continue;
    lane_of[i] = static_cast<int>(timeline.lanes.size());
    timeline.lanes.push_back({*role.id, role.name.known() ? *role.name : *role.id, {}});
  }

  const auto& tactics = plan.tactical_plan.tactics.items;
  for (std::size_t i = 0; i < tactics.size(); ++i) {
    const Tactic& t = tactics[i];
    if (t.duplicate || t.dropped() || !t.owner.known() || t.owner->target < 0) continue;
    const int lane = lane_of[static_cast<std::size_t>(t.owner->target)];
    if (lane < 0) continue;
    // --person: their own tactics and their roles' unassigned ones.
    const auto& person = query.scope.person;
    if (person && t.assignee.present && (!t.assignee.known() || *t.assignee != *person)) continue;
    const Assessment a = assess(plan, t, today);
    TimelineRow row = make_row(plan, t, static_cast<int>(i), a);
    if (axis && !place(row, *axis)) continue;
    timeline.tally.add(a);
    timeline.lanes[static_cast<std::size_t>(lane)].rows.push_back(std::move(row));
  }
  return timeline;
}

}  // namespace plan

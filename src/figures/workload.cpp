// Planned load per person per week: each tactic's occurrences counted week by
// week, one week at a time (constant work per week), over the tactical window.

#include "plan/figures/workload.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "plan/figures/accountability.hpp"

namespace plan {
namespace {

/// Months since year 0, to compare the months of two dates.
int month_number(Date d) {
  return d.year() * 12 + (d.month() - 1);
}

/// One tactic's minutes in one week for one person.
struct Contribution {
  int week = 0;  ///< weeks after the window's first Monday
  double minutes = 0;
  int tactic = -1;
};

struct Builder {
  PersonWorkload load;
  std::vector<Contribution> contributions;
};

}  // namespace

Date monday_of(Date date) {
  return date - date.weekday();
}

int occurrences_in_week(std::optional<Repeat> repeat, Date start, Date due, Date monday) {
  const Date sunday = monday + 6;
  const Date first = std::max(monday, start);
  const Date last = std::min(sunday, due);
  if (!repeat) return monday <= due && due <= sunday ? 1 : 0;
  if (last < first) return 0;
  switch (*repeat) {
    case Repeat::daily:
      return (last - first) + 1;
    case Repeat::weekdays: {
      int n = 0;
      for (Date d = first; d <= last; d = d + 1)
        n += d.weekday() < 5 ? 1 : 0;
      return n;
    }
    case Repeat::weekly: {
      const Date day = monday + start.weekday();
      return first <= day && day <= last ? 1 : 0;
    }
    case Repeat::monthly:
    case Repeat::quarterly: {
      // At most two months touch a week; each holds at most one occurrence,
      // start + k months (clamped as add_months does), k a multiple of the step.
      const int step = *repeat == Repeat::monthly ? 1 : 3;
      int n = 0;
      for (int m = month_number(monday); m <= month_number(sunday); ++m) {
        const int k = m - month_number(start);
        if (k < 0 || k % step != 0) continue;
        const Date day = add_months(start, k);
        if (first <= day && day <= last) ++n;
      }
      return n;
    }
  }
  return 0;
}

const WeekWorkload* PersonWorkload::peak() const {
  const WeekWorkload* best = nullptr;
  for (const WeekWorkload& w : weeks) {
    if (!best || w.minutes > best->minutes) best = &w;
  }
  return best;
}

const WeekWorkload* PersonWorkload::first_over() const {
  if (!capacity) return nullptr;
  for (const WeekWorkload& w : weeks) {
    // Sums of shares carry rounding; a load that only exceeds by that does not.
    if (w.minutes > *capacity + 1e-6) return &w;
  }
  return nullptr;
}

std::vector<PersonWorkload> planned_load(const Plan& plan, bool with_capacity_only) {
  std::vector<PersonWorkload> out;
  if (!plan.tactical_window) return out;
  const Window window = *plan.tactical_window;
  const Date first_monday = monday_of(window.start);
  const Date last_day = std::min(window.end, first_monday + (std::int64_t{7} * kMaxLoadWeeks - 1));

  // Each role's people (or the role itself), as slots into `builders`.
  std::vector<Builder> builders;
  std::vector<std::vector<std::size_t>> role_people(plan.roles.items.size());
  std::vector<std::unordered_map<std::string_view, std::size_t>> by_name(plan.roles.items.size());
  for (std::size_t r = 0; r < plan.roles.items.size(); ++r) {
    const Role& role = plan.roles.items[r];
    if (role.duplicate || !role.id.known()) continue;
    if (with_capacity_only && !role.capacity.known()) continue;
    const auto add = [&](std::string_view name) {
      if (by_name[r].count(name)) return;
      by_name[r].emplace(name, builders.size());
      role_people[r].push_back(builders.size());
      Builder& b = builders.emplace_back();
      b.load.role = static_cast<int>(r);
      b.load.person = std::string(name);
      b.load.capacity = role.capacity.value;
    };
    for (const Text& person : role.people)
      add(person.value);
    if (role.people.empty()) add("");
  }

  const auto& tactics = plan.tactical_plan.tactics.items;
  for (std::size_t i = 0; i < tactics.size(); ++i) {
    const Tactic& t = tactics[i];
    if (t.duplicate || !t.owner.known() || t.owner->target < 0) continue;
    if (t.state() == Status::done || t.state() == Status::dropped) continue;
    if (!t.effort.known() || *t.effort == 0 || !t.due_date) continue;
    const auto r = static_cast<std::size_t>(t.owner->target);
    const auto& people = role_people[r];
    if (people.empty()) continue;
    const std::optional<Date> start =
        t.repeat.known() ? t.start_date : std::optional<Date>(*t.due_date);
    if (!start || *t.due_date < *start) continue;

    // Whose load: the assignee when the role lists them, else everyone equally.
    std::vector<std::size_t> targets = people;
    if (t.assignee.known()) {
      const auto it = by_name[r].find(*t.assignee);
      if (it != by_name[r].end()) targets = {it->second};
    }
    const double share = static_cast<double>(*t.effort) / static_cast<double>(targets.size());

    const Date from = std::max(monday_of(*start), first_monday);
    const Date to = std::min(*t.due_date, last_day);
    const std::optional<Repeat> repeat = t.repeat.value;
    for (Date monday = from; monday <= to; monday = monday + 7) {
      const int n = occurrences_in_week(repeat, *start, *t.due_date, monday);
      if (n == 0) continue;
      const int week = (monday - first_monday) / 7;
      for (const std::size_t p : targets)
        builders[p].contributions.push_back({week, n * share, static_cast<int>(i)});
    }
  }

  for (Builder& b : builders) {
    std::sort(b.contributions.begin(), b.contributions.end(),
              [](const Contribution& x, const Contribution& y) {
                return x.week != y.week ? x.week < y.week : x.tactic < y.tactic;
              });
    for (const Contribution& c : b.contributions) {
      const Date monday = first_monday + std::int64_t{7} * c.week;
      if (b.load.weeks.empty() || b.load.weeks.back().monday != monday) {
        b.load.weeks.push_back({monday, 0, {}});
      }
      WeekWorkload& w = b.load.weeks.back();
      w.minutes += c.minutes;
      if (w.tactics.empty() || w.tactics.back() != c.tactic) w.tactics.push_back(c.tactic);
    }
    out.push_back(std::move(b.load));
  }
  return out;
}

}  // namespace plan

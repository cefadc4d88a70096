#include "plan/figures/accountability.hpp"

#include <algorithm>

namespace plan {

std::string_view to_string(Standing standing) {
  switch (standing) {
    case Standing::done:
      return "done";
    case Standing::overdue:
      return "overdue";
    case Standing::blocked:
      return "blocked";
    case Standing::behind_pace:
      return "behind pace";
    case Standing::on_track:
      return "on track";
  }
  return "";
}

namespace {

bool prerequisite_not_done(const Plan& plan, const Tactic& tactic) {
  const auto& tactics = plan.tactical_plan.tactics.items;
  return std::any_of(tactic.after.refs.begin(), tactic.after.refs.end(), [&](const Ref& r) {
    return r.target >= 0 && tactics[static_cast<std::size_t>(r.target)].state() != Status::done;
  });
}

/// The share of [start, due] passed by `today`, from 0 to 1.
std::optional<double> elapsed_share(std::optional<Date> start, std::optional<Date> due,
                                    Date today) {
  if (!start || !due || *due < *start) return std::nullopt;
  const int span = *due - *start;
  if (span == 0) return today >= *due ? 1.0 : 0.0;
  return std::clamp(static_cast<double>(today - *start) / span, 0.0, 1.0);
}

}  // namespace

Assessment assess(const Plan& plan, const Tactic& tactic, Date today) {
  Assessment a;
  a.dropped = tactic.state() == Status::dropped;
  a.start = tactic.start_date;
  const std::optional<Date> due = tactic.due_date;
  a.due_by_today = due && *due <= today;
  a.elapsed = elapsed_share(a.start, due, today);
  a.prerequisite_open = prerequisite_not_done(plan, tactic);
  if (tactic.state() == Status::done) {
    a.standing = Standing::done;
    a.done_on_time = due && tactic.done_on.known() && *tactic.done_on <= *due;
    return a;
  }
  a.due_soon = due && today <= *due && *due - today <= kDueSoonDays;
  const bool started = a.start && *a.start <= today;
  a.blocked = tactic.state() == Status::blocked || (a.prerequisite_open && started);
  const auto& m = tactic.measure;
  if (due && *due < today) {
    a.standing = Standing::overdue;
  } else if (a.blocked) {
    a.standing = Standing::blocked;
  } else if (m.target.known() && m.actual.known() && a.elapsed &&
             *m.actual < *m.target * *a.elapsed) {
    a.standing = Standing::behind_pace;
  } else {
    a.standing = Standing::on_track;
  }
  return a;
}

void Tally::add(const Assessment& a) {
  if (a.dropped) return;
  ++total;
  switch (a.standing) {
    case Standing::done:
      ++done;
      break;
    case Standing::overdue:
      ++overdue;
      break;
    case Standing::blocked:
      ++blocked;
      break;
    case Standing::behind_pace:
      ++behind_pace;
      break;
    case Standing::on_track:
      ++on_track;
      break;
  }
  if (a.due_by_today) {
    ++due_by_today;
    if (a.standing == Standing::done) ++done_by_today;
    if (a.done_on_time) ++on_time_by_today;
  }
}

std::optional<double> Tally::completion() const {
  if (due_by_today == 0) return std::nullopt;
  return static_cast<double>(done_by_today) / due_by_today;
}

std::optional<double> Tally::on_time_rate() const {
  if (due_by_today == 0) return std::nullopt;
  return static_cast<double>(on_time_by_today) / due_by_today;
}

}  // namespace plan

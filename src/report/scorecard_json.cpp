// `plan report --format json`: every figure of the accountability report for
// scripts and dashboards. Shares are fractions from 0 to 1; a figure that
// cannot be known ("n/a" in text) is null.

#include <cmath>
#include <cstdint>

#include <nlohmann/json.hpp>

#include "report/scorecard_render.hpp"

namespace plan::report {
namespace {

using Json = nlohmann::ordered_json;

Json date_or_null(const std::optional<Date>& d) {
  return d ? Json(format_date(*d)) : Json(nullptr);
}

/// A share from 0 to 1, always a fraction (1.0, not 1).
Json share_or_null(const std::optional<double>& n) {
  return n ? Json(*n) : Json(nullptr);
}

/// A number as written: whole numbers as integers (12000000, not 12000000.0).
Json number_or_null(const std::optional<double>& n) {
  if (!n) return Json(nullptr);
  constexpr double kExactInteger = 9007199254740992.0;  // 2^53
  if (std::trunc(*n) == *n && std::fabs(*n) < kExactInteger) {
    return Json(static_cast<std::int64_t>(*n));
  }
  return Json(*n);
}

Json window(const std::string& name, const std::optional<WindowProgress>& w) {
  Json out;
  out["name"] = name;
  out["start"] = w ? Json(format_date(w->window.start)) : Json(nullptr);
  out["end"] = w ? Json(format_date(w->window.end)) : Json(nullptr);
  out["days"] = w ? Json(w->days) : Json(nullptr);
  out["elapsed_days"] = w ? Json(w->elapsed_days) : Json(nullptr);
  out["elapsed"] = w ? Json(w->elapsed) : Json(nullptr);
  return out;
}

Json tally(const Tally& t, int dropped) {
  Json out;
  out["tactics"] = t.total;
  out["done"] = t.done;
  out["on_track"] = t.on_track;
  out["behind_pace"] = t.behind_pace;
  out["overdue"] = t.overdue;
  out["blocked"] = t.blocked;
  out["dropped"] = dropped;
  out["due_by_as_of"] = t.due_by_today;
  out["done_by_as_of"] = t.done_by_today;
  out["on_time_by_as_of"] = t.on_time_by_today;
  out["completion"] = share_or_null(t.completion());
  out["on_time_rate"] = share_or_null(t.on_time_rate());
  return out;
}

class Writer {
 public:
  explicit Writer(const Scorecard& card) : card_(card) {}

  std::string render() {
    Json out;
    out["plan"] = card_.plan_name;
    out["as_of"] = format_date(card_.as_of);
    out["due_ahead_days"] = kDueAheadDays;
    out["strategy"] = window(card_.strategy_name, card_.strategy);
    out["tactical_plan"] = window(card_.tactical_name, card_.tactical);
    auto& goals = out["goals"] = Json::array();
    for (const GoalFigures& g : card_.goals)
      goals.push_back(goal(g));
    out["totals"] = tally(card_.total, card_.dropped);
    // Every counted tactic once; roles and people name theirs by id.
    auto& tactics = out["tactics"] = Json::array();
    for (const TacticFigures& t : card_.tactics)
      tactics.push_back(tactic(t));
    auto& roles = out["roles"] = Json::array();
    for (const RoleScorecard& r : card_.roles)
      roles.push_back(role(r));
    // Text comes from a loaded YAML file and is valid UTF-8; replace rather than throw.
    return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
  }

 private:
  Json goal(const GoalFigures& g) const {
    Json out;
    out["id"] = g.id;
    out["name"] = g.name;
    out["metric"] = g.metric.empty() ? Json(nullptr) : Json(g.metric);
    out["target"] = number_or_null(g.target);
    out["actual"] = number_or_null(g.actual);
    out["progress"] = share_or_null(g.progress);
    out["due"] = date_or_null(g.due);
    out["tactics"] = ids(g.tactics);
    out["done"] = g.done;
    out["unsupported"] = g.unsupported();
    return out;
  }

  Json ids(const std::vector<int>& tactics) const {
    Json out = Json::array();
    for (const int i : tactics)
      out.push_back(card_.tactics[static_cast<std::size_t>(i)].id);
    return out;
  }

  Json tactic(const TacticFigures& t) const {
    Json out;
    out["id"] = t.id;
    out["title"] = t.title;
    out["role"] = t.role.empty() ? Json(nullptr) : Json(t.role);
    out["assignee"] = t.assignee.empty() ? Json(nullptr) : Json(t.assignee);
    out["due"] = date_or_null(t.due);
    out["status"] = to_string(t.status);
    out["standing"] = to_string(t.assessment.standing);
    out["due_by_as_of"] = t.assessment.due_by_today;
    out["done_on_time"] = t.assessment.done_on_time;
    out["start"] = date_or_null(t.assessment.start);
    out["elapsed"] = share_or_null(t.assessment.elapsed);
    Json measure = nullptr;
    if (!t.metric.empty() || t.target || t.actual) {
      measure = Json::object();
      measure["metric"] = t.metric;
      measure["target"] = number_or_null(t.target);
      measure["actual"] = number_or_null(t.actual);
    }
    out["measure"] = measure;
    auto& supports = out["supports"] = Json::array();
    for (const int g : t.goals)
      supports.push_back(card_.goals[static_cast<std::size_t>(g)].id);
    return out;
  }

  /// The three questions: what's my job, what counts, how am I doing.
  Json accountability(Json out, const Accountability& a) const {
    out["tactics"] = ids(a.tactics);
    auto& goals = out["goals"] = Json::array();
    for (const int g : a.goals)
      goals.push_back(card_.goals[static_cast<std::size_t>(g)].id);
    out["due_ahead"] = ids(a.due_ahead);
    out["summary"] = tally(a.tally, a.dropped);
    return out;
  }

  Json role(const RoleScorecard& r) const {
    Json head;
    head["id"] = r.id;
    head["name"] = r.name;
    Json out = accountability(std::move(head), r.figures);
    auto& people = out["people"] = Json::array();
    for (const PersonScorecard& p : r.people) {
      Json person;
      person["name"] = p.unassigned ? Json(nullptr) : Json(p.name);
      person["unassigned"] = p.unassigned;
      people.push_back(accountability(std::move(person), p.figures));
    }
    return out;
  }

  const Scorecard& card_;
};

}  // namespace

std::string render_scorecard_json(const Scorecard& card) {
  return Writer(card).render();
}

}  // namespace plan::report

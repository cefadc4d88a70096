// `plan report --format json`: every figure of the accountability report for
// scripts and dashboards. Shares are fractions from 0 to 1; a figure that
// cannot be known ("n/a" in text) is null.

#include <cmath>
#include <cstdint>

#include "plan/render/report.hpp"
#include "render/json_writer.hpp"

namespace plan::render {
namespace {

class Writer {
 public:
  explicit Writer(const Report& card) : card_(card) {}

  std::string render() {
    j_.begin_object();
    j_.key("plan").value(card_.plan_name);
    j_.key("as_of").value(format_date(card_.as_of));
    j_.key("due_ahead_days").value(kDueAheadDays);
    j_.key("strategy");
    window(card_.strategy_name, card_.strategy);
    j_.key("tactical_plan");
    window(card_.tactical_name, card_.tactical);
    j_.key("goals").begin_array();
    for (const GoalFigures& g : card_.goals)
      goal(g);
    j_.end_array();
    j_.key("totals");
    tally(card_.total, card_.dropped);
    // Every counted tactic once; roles and people name theirs by id.
    j_.key("tactics").begin_array();
    for (const TacticFigures& t : card_.tactics)
      tactic(t);
    j_.end_array();
    j_.key("roles").begin_array();
    for (const RoleReport& r : card_.roles)
      role(r);
    j_.end_array();
    j_.end_object();
    return j_.take();
  }

 private:
  void date_or_null(const std::optional<Date>& d) {
    if (d) {
      j_.value(format_date(*d));
    } else {
      j_.null();
    }
  }

  /// A number as written: whole numbers as integers (12000000, not 12000000.0).
  void number_or_null(const std::optional<double>& n) {
    constexpr double kExactInteger = 9007199254740992.0;  // 2^53
    if (n && std::trunc(*n) == *n && std::fabs(*n) < kExactInteger) {
      j_.value(static_cast<std::int64_t>(*n));
    } else {
      j_.value_or_null(n);
    }
  }

  void window(const std::string& name, const std::optional<WindowProgress>& w) {
    j_.begin_object();
    j_.key("name").value(name);
    j_.key("start");
    date_or_null(w ? std::optional(w->window.start) : std::nullopt);
    j_.key("end");
    date_or_null(w ? std::optional(w->window.end) : std::nullopt);
    j_.key("days").value_or_null(w ? std::optional(w->days) : std::nullopt);
    j_.key("elapsed_days").value_or_null(w ? std::optional(w->elapsed_days) : std::nullopt);
    j_.key("elapsed").value_or_null(w ? std::optional(w->elapsed) : std::nullopt);
    j_.end_object();
  }

  void tally(const Tally& t, int dropped) {
    j_.begin_object();
    j_.key("tactics").value(t.total);
    j_.key("done").value(t.done);
    j_.key("on_track").value(t.on_track);
    j_.key("behind_pace").value(t.behind_pace);
    j_.key("overdue").value(t.overdue);
    j_.key("blocked").value(t.blocked);
    j_.key("dropped").value(dropped);
    j_.key("due_by_as_of").value(t.due_by_today);
    j_.key("done_by_as_of").value(t.done_by_today);
    j_.key("on_time_by_as_of").value(t.on_time_by_today);
    j_.key("completion").value_or_null(t.completion());
    j_.key("on_time_rate").value_or_null(t.on_time_rate());
    j_.end_object();
  }

  void goal(const GoalFigures& g) {
    j_.begin_object();
    j_.key("id").value(g.id);
    j_.key("name").value(g.name);
    j_.key("metric");
    j_.text_or_null(g.metric);
    j_.key("target");
    number_or_null(g.target);
    j_.key("actual");
    number_or_null(g.actual);
    j_.key("progress").value_or_null(g.progress);
    j_.key("due");
    date_or_null(g.due);
    j_.key("tactics");
    ids(g.tactics);
    j_.key("done").value(g.done);
    j_.key("unsupported").value(g.unsupported());
    j_.end_object();
  }

  void ids(const std::vector<int>& tactics) {
    j_.begin_array();
    for (const int i : tactics)
      j_.value(card_.tactics[static_cast<std::size_t>(i)].id);
    j_.end_array();
  }

  void tactic(const TacticFigures& t) {
    j_.begin_object();
    j_.key("id").value(t.id);
    j_.key("title").value(t.title);
    j_.key("role");
    j_.text_or_null(t.role);
    j_.key("assignee");
    j_.text_or_null(t.assignee);
    j_.key("due");
    date_or_null(t.due);
    j_.key("status").value(to_string(t.status));
    j_.key("standing").value(to_string(t.assessment.standing));
    j_.key("due_by_as_of").value(t.assessment.due_by_today);
    j_.key("done_on_time").value(t.assessment.done_on_time);
    j_.key("start");
    date_or_null(t.assessment.start);
    j_.key("elapsed").value_or_null(t.assessment.elapsed);
    j_.key("measure");
    if (!t.metric.empty() || t.target || t.actual) {
      j_.begin_object();
      j_.key("metric").value(t.metric);
      j_.key("target");
      number_or_null(t.target);
      j_.key("actual");
      number_or_null(t.actual);
      j_.end_object();
    } else {
      j_.null();
    }
    j_.key("supports").begin_array();
    for (const int g : t.goals)
      j_.value(card_.goals[static_cast<std::size_t>(g)].id);
    j_.end_array();
    j_.end_object();
  }

  /// The three questions: what's my job, what counts, how am I doing.
  void accountability(const Accountability& a) {
    j_.key("tactics");
    ids(a.tactics);
    j_.key("goals").begin_array();
    for (const int g : a.goals)
      j_.value(card_.goals[static_cast<std::size_t>(g)].id);
    j_.end_array();
    j_.key("due_ahead");
    ids(a.due_ahead);
    j_.key("summary");
    tally(a.tally, a.dropped);
  }

  void role(const RoleReport& r) {
    j_.begin_object();
    j_.key("id").value(r.id);
    j_.key("name").value(r.name);
    accountability(r.figures);
    j_.key("people").begin_array();
    for (const PersonReport& p : r.people) {
      j_.begin_object();
      j_.key("name");
      if (p.unassigned) {
        j_.null();
      } else {
        j_.value(p.name);
      }
      j_.key("unassigned").value(p.unassigned);
      accountability(p.figures);
      sales(p);
      load(p);
      j_.end_object();
    }
    j_.end_array();
    j_.end_object();
  }

  /// An amount as a JSON number: whole units as integers, else to the cent.
  void amount(Cents cents) {
    if (cents % 100 == 0) {
      j_.value(static_cast<std::int64_t>(cents / 100));
    } else {
      j_.value(static_cast<double>(cents) / 100.0);
    }
  }

  void sales(const PersonReport& p) {
    j_.key("sales");
    if (!p.sales) {
      j_.null();
      return;
    }
    const PersonSales& s = *p.sales;
    j_.begin_object();
    j_.key("quota");
    if (s.quota) {
      amount(*s.quota);
    } else {
      j_.null();
    }
    j_.key("bookings");
    amount(s.bookings);
    j_.key("attainment").value_or_null(s.attainment);
    j_.key("open_weighted_value");
    amount(s.open_weighted);
    j_.key("coverage").value_or_null(s.coverage);
    j_.key("deals").begin_array();
    for (const std::string& id : s.deals)
      j_.value(id);
    j_.end_array();
    j_.end_object();
  }

  void load(const PersonReport& p) {
    j_.key("peak_load");
    if (!p.peak_load) {
      j_.null();
    } else {
      j_.begin_object();
      j_.key("week").value(format_date(p.peak_load->monday));
      j_.key("minutes").value(static_cast<std::int64_t>(std::llround(p.peak_load->minutes)));
      j_.end_object();
    }
    j_.key("capacity_minutes").value_or_null(p.capacity);
  }

  const Report& card_;
  JsonWriter j_;
};

}  // namespace
}  // namespace plan::render

namespace plan {

std::string render_report_json(const Report& card) {
  return render::Writer(card).render();
}

}  // namespace plan

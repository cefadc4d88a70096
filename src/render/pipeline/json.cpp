// `plan pipeline --format json`: every figure for scripts. Amounts are numbers
// in units with at most two decimals (whole amounts as integers); an unknown
// figure is null.

#include "plan/render/pipeline.hpp"
#include "render/json_writer.hpp"
#include "render/money.hpp"

namespace plan::render {
namespace {

class Writer {
 public:
  explicit Writer(const Pipeline& pipeline) : p_(pipeline) {}

  std::string render() {
    j_.begin_object();
    j_.key("plan").value(p_.plan_name);
    j_.key("as_of").value(format_date(p_.as_of));
    j_.key("process").value(p_.process_name);
    totals();
    j_.key("stages").begin_array();
    for (const StageFigures& s : p_.stages)
      stage(s);
    j_.end_array();
    j_.key("deals").begin_array();
    for (const DealFigures& d : p_.deals)
      deal(d);
    j_.end_array();
    j_.key("owners").begin_array();
    for (const OwnerFigures& o : p_.owners)
      owner(o);
    j_.end_array();
    j_.key("quarters").begin_array();
    for (const QuarterFigures& q : p_.quarters)
      quarter(q);
    j_.end_array();
    closed();
    j_.key("people").begin_array();
    for (const PersonSales& ps : p_.people)
      person(ps);
    j_.end_array();
    j_.end_object();
    return j_.take();
  }

 private:
  /// An amount as a JSON number: whole units as integers, else to the cent.
  void amount(Cents cents) {
    if (cents % 100 == 0) {
      j_.value(static_cast<std::int64_t>(cents / 100));
    } else {
      j_.value(static_cast<double>(cents) / 100.0);
    }
  }

  void amount_or_null(const std::optional<Cents>& cents) {
    if (cents) {
      amount(*cents);
    } else {
      j_.null();
    }
  }

  void totals() {
    j_.key("totals").begin_object();
    j_.key("deals").value(p_.deal_count);
    j_.key("value");
    amount(p_.value);
    j_.key("weighted_forecast");
    amount(p_.forecast);
    j_.key("stalled").value(p_.stalled);
    j_.key("capped").value(p_.capped);
    j_.key("unknown_probability").begin_object();
    j_.key("deals").value(p_.unknown_deals);
    j_.key("value");
    amount(p_.unknown_value);
    j_.key("stages").begin_array();
    for (const int s : p_.unknown_stages)
      j_.value(p_.stages[static_cast<std::size_t>(s)].id);
    j_.end_array();
    j_.end_object();
    j_.end_object();
  }

  void stage(const StageFigures& s) {
    j_.begin_object();
    j_.key("id").value(s.id);
    j_.key("name").value(s.name);
    j_.key("probability").value_or_null(s.probability);
    j_.key("max_days").value_or_null(s.max_days);
    j_.key("deals").value(s.deals);
    j_.key("value");
    amount(s.value);
    j_.key("weighted_value");
    amount_or_null(s.weighted);
    j_.key("stalled").value(s.stalled);
    j_.end_object();
  }

  void deal(const DealFigures& d) {
    j_.begin_object();
    j_.key("id").value(d.id);
    j_.key("name").value(d.name);
    j_.key("stage").value(d.stage_id);
    j_.key("value");
    amount(d.value);
    j_.key("probability").value_or_null(d.probability);
    j_.key("weighted_value");
    amount_or_null(d.weighted);
    j_.key("since");
    if (d.since) {
      j_.value(format_date(*d.since));
    } else {
      j_.null();
    }
    j_.key("close");
    if (d.close) {
      j_.value(format_date(*d.close));
    } else {
      j_.null();
    }
    j_.key("quarter");
    j_.text_or_null(d.quarter);
    j_.key("days_in_stage").value_or_null(d.days_in_stage);
    j_.key("max_days").value_or_null(d.max_days);
    j_.key("stalled").value(d.stalled);
    j_.key("days_over");
    if (d.stalled) {
      j_.value(*d.days_in_stage - *d.max_days);
    } else {
      j_.null();
    }
    j_.key("role");
    j_.text_or_null(d.role);
    j_.key("assignee");
    j_.text_or_null(d.assignee);
    j_.end_object();
  }

  void owner(const OwnerFigures& o) {
    j_.begin_object();
    j_.key("role");
    j_.text_or_null(o.role);
    j_.key("role_name");
    j_.text_or_null(o.role_name);
    j_.key("assignee");
    j_.text_or_null(o.assignee);
    j_.key("deals").value(o.deals);
    j_.key("value");
    amount(o.value);
    j_.key("weighted_value");
    amount(o.weighted);
    j_.key("unknown_probability_value");
    amount(o.unknown_value);
    j_.end_object();
  }

  void quarter(const QuarterFigures& q) {
    j_.begin_object();
    j_.key("quarter");
    j_.text_or_null(q.label);  // null: the deals with no close date
    j_.key("deals").value(q.deals);
    j_.key("value");
    amount(q.value);
    j_.key("weighted_value");
    amount(q.weighted);
    j_.end_object();
  }

  void closed() {
    j_.key("closed").begin_object();
    j_.key("won").value(p_.won);
    j_.key("lost").value(p_.lost);
    j_.key("won_in_window").value(p_.won_in_window);
    j_.key("lost_in_window").value(p_.lost_in_window);
    j_.key("bookings");
    amount(p_.bookings);
    j_.key("win_rate").value_or_null(p_.win_rate);
    j_.end_object();
  }

  void person(const PersonSales& ps) {
    j_.begin_object();
    j_.key("role").value(ps.role_id);
    j_.key("person").value(ps.person);
    j_.key("quota");
    amount_or_null(ps.quota);
    j_.key("bookings");
    amount(ps.bookings);
    j_.key("won").value(ps.won);
    j_.key("open_deals").value(ps.open_deals);
    j_.key("open_weighted_value");
    amount(ps.open_weighted);
    j_.key("attainment").value_or_null(ps.attainment);
    j_.key("coverage").value_or_null(ps.coverage);
    j_.key("deals").begin_array();
    for (const std::string& id : ps.deals)
      j_.value(id);
    j_.end_array();
    j_.end_object();
  }

  const Pipeline& p_;
  JsonWriter j_;
};

}  // namespace
}  // namespace plan::render

namespace plan {

std::string render_pipeline_json(const Pipeline& pipeline) {
  return render::Writer(pipeline).render();
}

}  // namespace plan

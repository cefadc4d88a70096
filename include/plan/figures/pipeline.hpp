#pragma once
// model: the pipeline of `plan pipeline` as plain figures: open deals by
// stage, the weighted forecast (Σ value × the stage's probability) in all and
// by quarter of `close`, stalled deals, figures per owner; closed deals as
// bookings and the win rate; attainment and coverage per person.
// Renderers (src/report/) print them; nothing here prints.
//
// Money is counted in whole cents. A deal's value is taken to the cent; each
// product value × probability is kept exactly (probabilities to 12 decimal
// places) and every sum is rounded to the cent once, at the end, so the
// forecast is exact to the cent however many deals there are.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "plan/model/date.hpp"
#include "plan/model/model.hpp"

namespace plan {

/// An amount of money in cents.
using Cents = std::int64_t;

/// A deal as the pipeline shows it.
struct DealFigures {
  std::string id;
  std::string name;
  std::string stage_id;
  std::string stage_name;
  std::optional<double> probability;  ///< its stage's; nothing when the stage has none
  Cents value = 0;
  std::optional<Cents> weighted;  ///< value × probability, rounded to the cent
  std::optional<Date> since;
  std::optional<Date> close;         ///< the expected close date
  std::string quarter;               ///< "2027-Q3" of `close`; empty when none
  std::optional<int> days_in_stage;  ///< as-of − since
  std::optional<int> max_days;       ///< its stage's
  bool stalled = false;              ///< days in stage > max_days
  std::string role;                  ///< the owner's role id, empty when none
  std::string role_name;
  std::string assignee;  ///< empty when none
};

/// One stage of the process with the deals in it.
struct StageFigures {
  std::string id;
  std::string name;
  std::optional<double> probability;  ///< nothing when unknown: left out of the forecast
  std::optional<int> max_days;
  int deals = 0;
  Cents value = 0;
  std::optional<Cents> weighted;  ///< nothing when the probability is unknown
  int stalled = 0;
};

/// The deals of one owner: a role, a person, or both.
struct OwnerFigures {
  std::string role;  ///< role id, empty when the deals name none
  std::string role_name;
  std::string assignee;  ///< empty when the deals name none
  int deals = 0;
  Cents value = 0;
  Cents weighted = 0;       ///< over the deals whose stage has a probability
  Cents unknown_value = 0;  ///< value of the deals whose stage has none
};

/// The open deals' weighted value whose `close` falls in one calendar quarter.
struct QuarterFigures {
  std::string label;              ///< "2027-Q3"; empty for the deals with no close date
  std::optional<Date> first_day;  ///< the quarter's first day; nothing for "no close date"
  int deals = 0;
  Cents value = 0;
  Cents weighted = 0;  ///< over the deals whose stage has a probability
};

/// A person's sales: bookings against their role's quota, and open pipeline.
struct PersonSales {
  int role = -1;  ///< index into Plan::roles
  std::string role_id;
  std::string role_name;
  std::string person;
  std::optional<Cents> quota;  ///< the role's `quota`
  Cents bookings = 0;          ///< won deals assigned to them, closed in the tactical window
  int won = 0;                 ///< those deals
  int open_deals = 0;
  Cents open_weighted = 0;  ///< their open deals' weighted value
  /// bookings ÷ quota; nothing without a quota or with a quota of 0.
  std::optional<double> attainment;
  /// open weighted ÷ (quota − bookings); nothing without a quota, or once it is met.
  std::optional<double> coverage;
  std::vector<std::string> deals;  ///< ids of their deals (open, won and lost), in file order
};

struct Pipeline {
  std::string plan_name;
  std::string process_name;
  Date as_of;
  std::vector<StageFigures> stages;  ///< in process order
  std::vector<DealFigures> deals;    ///< by stage in process order, then file order
  std::vector<OwnerFigures> owners;  ///< by role in plan order, then person in listed order
  int deal_count = 0;
  Cents value = 0;          ///< pipeline value: every deal
  Cents forecast = 0;       ///< weighted forecast: Σ value × probability over known probabilities
  int unknown_deals = 0;    ///< deals in stages without a probability
  Cents unknown_value = 0;  ///< their value, left out of the forecast
  std::vector<int>
      unknown_stages;  ///< indices into `stages` of those with deals and no probability
  int stalled = 0;

  // Closed deals. Only open deals (no `outcome`) are in the figures above.
  int won = 0;         ///< won deals, wherever they closed
  int lost = 0;        ///< lost deals, wherever they closed
  Cents bookings = 0;  ///< won deals closed in the tactical window
  int won_in_window = 0;
  int lost_in_window = 0;
  /// won ÷ (won + lost) among the deals closed in the tactical window; nothing when none.
  std::optional<double> win_rate;
  /// The forecast by the calendar quarter of `close`: the tactical window's
  /// quarters, any other quarter that holds a deal, by date, then "no close
  /// date" when a deal has none.
  std::vector<QuarterFigures> quarters;
  /// Every person of every role (roles in plan order, people as listed).
  std::vector<PersonSales> people;

  /// An amount went past what Cents holds (about 9.2e16 units) and is shown
  /// at that limit, so the figures are not to be trusted.
  bool capped = false;

  /// Whether any amount has cents, so that amounts are shown with them.
  bool has_cents() const;
};

/// Builds the pipeline of an analysed plan as of `today`. Deals whose stage
/// does not resolve, and duplicates, are left out (a plan with them does not
/// get this far on the command line).
Pipeline build_pipeline(const Plan& plan, Date today);

}  // namespace plan

#pragma once
// model: the pipeline of `plan pipeline` as plain figures: deals by stage,
// the weighted forecast (Σ value × the stage's probability), stalled deals and
// figures per owner. Renderers (src/report/) print them; nothing here prints.
//
// Money is counted in whole cents. A deal's value is taken to the cent; each
// product value × probability is kept exactly (probabilities to 12 decimal
// places) and every sum is rounded to the cent once, at the end, so the
// forecast is exact to the cent however many deals there are.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "plan/date.hpp"
#include "plan/model.hpp"

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

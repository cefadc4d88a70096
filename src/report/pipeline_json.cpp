// `plan pipeline --format json`: every figure for scripts. Amounts are numbers
// in units with at most two decimals; an unknown figure is null.

#include <nlohmann/json.hpp>

#include "report/pipeline_render.hpp"

namespace plan::report {
namespace {

using Json = nlohmann::ordered_json;

/// An amount as a JSON number: whole units as integers, else to the cent.
Json amount(Cents cents) {
  if (cents % 100 == 0) return Json(cents / 100);
  return Json(static_cast<double>(cents) / 100.0);
}

template <class T>
Json or_null(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json text_or_null(const std::string& text) {
  return text.empty() ? Json(nullptr) : Json(text);
}

}  // namespace

std::string render_pipeline_json(const Pipeline& p) {
  Json out;
  out["plan"] = p.plan_name;
  out["as_of"] = format_date(p.as_of);
  out["process"] = p.process_name;

  Json totals;
  totals["deals"] = p.deal_count;
  totals["value"] = amount(p.value);
  totals["weighted_forecast"] = amount(p.forecast);
  totals["stalled"] = p.stalled;
  Json unknown;
  unknown["deals"] = p.unknown_deals;
  unknown["value"] = amount(p.unknown_value);
  auto& stage_ids = unknown["stages"] = Json::array();
  for (const int s : p.unknown_stages)
    stage_ids.push_back(p.stages[static_cast<std::size_t>(s)].id);
  totals["unknown_probability"] = std::move(unknown);
  out["totals"] = std::move(totals);

  auto& stages = out["stages"] = Json::array();
  for (const StageFigures& s : p.stages) {
    Json stage;
    stage["id"] = s.id;
    stage["name"] = s.name;
    stage["probability"] = or_null(s.probability);
    stage["max_days"] = or_null(s.max_days);
    stage["deals"] = s.deals;
    stage["value"] = amount(s.value);
    stage["weighted_value"] = s.weighted ? amount(*s.weighted) : Json(nullptr);
    stage["stalled"] = s.stalled;
    stages.push_back(std::move(stage));
  }

  auto& deals = out["deals"] = Json::array();
  for (const DealFigures& d : p.deals) {
    Json deal;
    deal["id"] = d.id;
    deal["name"] = d.name;
    deal["stage"] = d.stage_id;
    deal["value"] = amount(d.value);
    deal["probability"] = or_null(d.probability);
    deal["weighted_value"] = d.weighted ? amount(*d.weighted) : Json(nullptr);
    deal["since"] = d.since ? Json(format_date(*d.since)) : Json(nullptr);
    deal["days_in_stage"] = or_null(d.days_in_stage);
    deal["max_days"] = or_null(d.max_days);
    deal["stalled"] = d.stalled;
    deal["days_over"] = d.stalled ? Json(*d.days_in_stage - *d.max_days) : Json(nullptr);
    deal["role"] = text_or_null(d.role);
    deal["assignee"] = text_or_null(d.assignee);
    deals.push_back(std::move(deal));
  }

  auto& owners = out["owners"] = Json::array();
  for (const OwnerFigures& o : p.owners) {
    Json owner;
    owner["role"] = text_or_null(o.role);
    owner["role_name"] = text_or_null(o.role_name);
    owner["assignee"] = text_or_null(o.assignee);
    owner["deals"] = o.deals;
    owner["value"] = amount(o.value);
    owner["weighted_value"] = amount(o.weighted);
    owner["unknown_probability_value"] = amount(o.unknown_value);
    owners.push_back(std::move(owner));
  }
  // Text comes from a loaded YAML file and is valid UTF-8; replace rather than throw.
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace plan::report

// `plan pipeline --format csv`: one RFC 4180 record per open deal for a
// spreadsheet. Columns are named as in the JSON; amounts are plain decimals to
// the cent, booleans true/false, an unknown figure an empty field. Totals are left to the
// spreadsheet: each weighted value is rounded to the cent, so their sum may differ from the
// forecast by a few cents.

#include <fmt/format.h>

#include "plan/render/pipeline.hpp"
#include "render/csv.hpp"
#include "render/money.hpp"

namespace plan {

std::string render_pipeline_csv(const Pipeline& pipeline) {
  std::string out = render::csv_record({"id", "name", "stage", "stage_name", "value", "probability",
                                        "weighted_value", "since", "days_in_stage", "max_days",
                                        "stalled", "role", "assignee", "close", "quarter"});
  for (const DealFigures& d : pipeline.deals) {
    out += render::csv_record(
        {d.id, d.name, d.stage_id, d.stage_name, render::plain_money(d.value),
         d.probability ? fmt::format("{}", *d.probability) : "",
         d.weighted ? render::plain_money(*d.weighted) : "", d.since ? format_date(*d.since) : "",
         d.days_in_stage ? std::to_string(*d.days_in_stage) : "",
         d.max_days ? std::to_string(*d.max_days) : "", d.stalled ? "true" : "false", d.role,
         d.assignee, d.close ? format_date(*d.close) : "", d.quarter});
  }
  return out;
}

}  // namespace plan

// `plan report --format csv`: one RFC 4180 record per role and per person
// (and per role's unassigned tactics) with the counts and rates of "How am I
// doing?", for a spreadsheet. Columns are named as in the JSON report;
// booleans are true/false, shares plain decimals (0.5), amounts plain to the
// cent, an unknown figure an empty field.

#include <fmt/format.h>

#include "plan/render/report.hpp"
#include "render/csv.hpp"
#include "render/money.hpp"

namespace plan {
namespace {

std::string share(std::optional<double> value) {
  return value ? fmt::format("{}", *value) : std::string();
}

/// The cells of "How am I doing?", in the header's order.
std::vector<std::string> doing(const Accountability& a) {
  const Tally& t = a.tally;
  return {std::to_string(t.total),         std::to_string(t.done),
          std::to_string(t.on_track),      std::to_string(t.behind_pace),
          std::to_string(t.overdue),       std::to_string(t.blocked),
          std::to_string(a.dropped),       std::to_string(t.due_by_today),
          std::to_string(t.done_by_today), std::to_string(t.on_time_by_today),
          share(t.completion()),           share(t.on_time_rate())};
}

}  // namespace

std::string render_report_csv(const Report& card) {
  std::string out = render::csv_record({"role",
                                        "role_name",
                                        "person",
                                        "unassigned",
                                        "tactics",
                                        "done",
                                        "on_track",
                                        "behind_pace",
                                        "overdue",
                                        "blocked",
                                        "dropped",
                                        "due_by_as_of",
                                        "done_by_as_of",
                                        "on_time_by_as_of",
                                        "completion",
                                        "on_time_rate",
                                        "quota",
                                        "bookings",
                                        "attainment",
                                        "coverage",
                                        "peak_load_minutes",
                                        "peak_load_week",
                                        "capacity_minutes"});
  for (const RoleReport& role : card.roles) {
    std::vector<std::string> row = {role.id, role.name, "", "false"};
    for (std::string& cell : doing(role.figures))
      row.push_back(std::move(cell));
    row.resize(row.size() + 7);  // the sales and load of a person only
    out += render::csv_record(row);
    for (const PersonReport& person : role.people) {
      row = {role.id, role.name, person.name, person.unassigned ? "true" : "false"};
      for (std::string& cell : doing(person.figures))
        row.push_back(std::move(cell));
      const auto& sales = person.sales;
      row.push_back(sales && sales->quota ? render::plain_money(*sales->quota) : "");
      row.push_back(sales ? render::plain_money(sales->bookings) : "");
      row.push_back(sales ? share(sales->attainment) : "");
      row.push_back(sales ? share(sales->coverage) : "");
      row.push_back(person.peak_load ? fmt::format("{}", person.peak_load->minutes) : "");
      row.push_back(person.peak_load ? format_date(person.peak_load->monday) : "");
      row.push_back(person.capacity ? std::to_string(*person.capacity) : "");
      out += render::csv_record(row);
    }
  }
  return out;
}

}  // namespace plan

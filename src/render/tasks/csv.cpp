// `plan tasks --format csv`: RFC 4180, a header row, one record per task.
// Dates are YYYY-MM-DD, numbers plain (no thousands separators), booleans
// true/false, lists joined with `;`, unknown values empty.

#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "plan/render/tasks.hpp"
#include "render/csv.hpp"

namespace plan {
namespace {

const std::vector<std::string> kHeader = {"role",
                                          "role_name",
                                          "person",
                                          "id",
                                          "title",
                                          "status",
                                          "start",
                                          "due",
                                          "due_derived",
                                          "done_on",
                                          "repeat",
                                          "effort_minutes",
                                          "effort_minutes_per_week",
                                          "metric",
                                          "target",
                                          "actual",
                                          "goals",
                                          "stage",
                                          "after",
                                          "standing",
                                          "flags",
                                          "notes"};

std::string date(std::optional<Date> d) {
  return d ? format_date(*d) : "";
}

/// A number as a spreadsheet reads it: an integer when whole, else the
/// shortest decimal that reads back the same.
std::string number(std::optional<double> value) {
  if (!value) return "";
  if (*value == std::trunc(*value) && std::fabs(*value) < 1e15)
    return fmt::format("{}", static_cast<long long>(*value));
  return fmt::format("{}", *value);
}

/// Minutes a week, to two decimals (a monthly hour is 13.85).
std::string minutes(std::optional<double> value) {
  if (!value) return "";
  return number(std::round(*value * 100) / 100);
}

std::string join(const std::vector<std::string_view>& items) {
  return fmt::format("{}", fmt::join(items, ";"));
}

}  // namespace

std::string render_tasks_csv(const TaskList& list) {
  std::string out = render::csv_record(kHeader);
  for (const Task& t : list.tasks) {
    out += render::csv_record({
        std::string(t.role_id),
        std::string(t.role_name),
        std::string(t.person),
        std::string(t.id),
        std::string(t.title),
        std::string(to_string(t.status)),
        date(t.start),
        date(t.due),
        t.due_derived ? "true" : "false",
        date(t.done_on),
        t.repeat ? std::string(to_string(*t.repeat)) : "",
        t.effort ? std::to_string(*t.effort) : "",
        minutes(t.effort_per_week),
        t.metric ? std::string(*t.metric) : "",
        number(t.target),
        number(t.actual),
        join(t.goals),
        std::string(t.stage),
        join(t.after),
        t.status == Status::dropped ? "" : std::string(to_string(t.standing)),
        join(t.flag_words()),
        std::string(t.notes),
    });
  }
  return out;
}

}  // namespace plan

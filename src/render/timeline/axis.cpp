#include "render/timeline/axis.hpp"

#include <algorithm>
#include <array>

namespace plan::render {

int AxisScale::column(Date date, int columns) const {
  const long long offset = std::clamp(date - axis.start, 0, days() - 1);
  return static_cast<int>(offset * columns / days());
}

double AxisScale::x(Date date, double width) const {
  const int offset = std::clamp(date - axis.start, 0, days());
  return width * offset / days();
}

std::vector<Date> month_starts(Window axis) {
  std::vector<Date> months;
  if (axis.start.day() != 1) months.push_back(axis.start);
  Date month = *Date::from_ymd(axis.start.year(), axis.start.month(), 1);
  if (axis.start.day() != 1) month = add_months(month, 1);
  for (; month <= axis.end; month = add_months(month, 1))
    months.push_back(month);
  return months;
}

std::string_view month_abbreviation(Date date) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return kNames[static_cast<std::size_t>(date.month() - 1)];
}

}  // namespace plan::render

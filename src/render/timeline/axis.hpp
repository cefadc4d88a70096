#pragma once
// The time axis the timeline renderers share: where a date falls in columns
// (text) or in user units (SVG), and the months to mark.

#include <string_view>
#include <vector>

#include "plan/model/date.hpp"

namespace plan::render {

/// Maps the days of an inclusive window onto a length.
struct AxisScale {
  Window axis{};

  /// Days on the axis (inclusive).
  int days() const { return axis.end - axis.start + 1; }
  /// The column, of `columns`, that holds `date`'s day (clamped to the axis).
  int column(Date date, int columns) const;
  /// Where `date`'s day begins on a length of `width` (the axis end + 1 day
  /// maps to `width`).
  double x(Date date, double width) const;
};

/// The first day of every month that starts on the axis, plus the axis's
/// own start when it falls mid-month.
std::vector<Date> month_starts(Window axis);

/// "Jan" ... "Dec".
std::string_view month_abbreviation(Date date);

}  // namespace plan::render

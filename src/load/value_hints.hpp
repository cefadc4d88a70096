#pragma once
// The fix to suggest for a number or a duration written the way people write
// them in a spreadsheet or an e-mail (`60%`, `$420,000`, `1.25M`, `2 hours`,
// `6 weeks`): the value in the form the format accepts, so that a message can
// say "write `420000`" instead of only listing the accepted forms.

#include <string>
#include <string_view>

namespace plan::load {

/// What a number field accepts; each has its own examples in messages.
enum class NumberForm {
  any,             ///< any number: a goal's or measure's target and actual
  at_least_zero,   ///< a number >= 0: a deal's value, a quota
  fraction,        ///< a number from 0 to 1: a probability
  positive_whole,  ///< a whole number > 0: `max_days`, policy limits
};

/// "a number from 0 to 1" and the like, for messages.
std::string_view describe(NumberForm form);

/// An example of the form that obeys it ("0.25" for a fraction, "30" for a whole number).
std::string_view example(NumberForm form);

/// For a scalar that is not a number in the format's strict form, what to
/// write instead ("write it as a fraction: `0.6`", "write `420000`"), or ""
/// when the text does not read as a number at all.
std::string number_fix(std::string_view text, NumberForm form);

/// For a valid number outside the form's range, the number probably meant
/// (`85` as a fraction: "did you mean `0.85`?"), or "".
std::string range_fix(std::string_view text, NumberForm form);

/// The units a duration field takes.
enum class DurationUnits {
  weeks_days,     ///< `within`: `5d`, `2w`, `1w2d`
  hours_minutes,  ///< `effort`, `capacity`: `1h`, `90m`, `1h30m`
};

/// For a scalar that is not a duration in the format's form, what to write
/// instead ("write `2h`", or why no such form exists: months have no fixed
/// length), or "" when the text does not read as a duration at all.
std::string duration_fix(std::string_view text, DurationUnits units);

}  // namespace plan::load

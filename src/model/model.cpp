#include <algorithm>

#include "plan/model/model.hpp"

namespace plan {

std::string_view to_string(Severity severity) {
  return severity == Severity::error ? "error" : "warning";
}

std::string_view to_string(Repeat repeat) {
  return kRepeatTable.at(static_cast<std::size_t>(repeat));
}

std::string_view to_string(Status status) {
  return kStatusTable.at(static_cast<std::size_t>(status));
}

std::string_view to_string(Outcome outcome) {
  return kOutcomeTable.at(static_cast<std::size_t>(outcome));
}

bool Item::ignores(std::string_view rule) const {
  return std::find(ignore.begin(), ignore.end(), rule) != ignore.end();
}

bool Role::has_person(std::string_view person) const {
  return std::any_of(people.begin(), people.end(),
                     [&](const Text& p) { return p.value == person; });
}

std::optional<Date> Tactic::finish() const {
  if (done_on.present) return done_on.value;
  return due_date;
}

}  // namespace plan

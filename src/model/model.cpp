#include <algorithm>

#include "plan/model.hpp"

namespace plan {

std::string_view to_string(Severity severity) {
  return severity == Severity::error ? "error" : "warning";
}

std::string_view to_string(Repeat repeat) {
  switch (repeat) {
    case Repeat::daily:
      return "daily";
    case Repeat::weekdays:
      return "weekdays";
    case Repeat::weekly:
      return "weekly";
    case Repeat::monthly:
      return "monthly";
  }
  return "";
}

std::string_view to_string(Status status) {
  switch (status) {
    case Status::todo:
      return "todo";
    case Status::doing:
      return "doing";
    case Status::done:
      return "done";
    case Status::blocked:
      return "blocked";
    case Status::dropped:
      return "dropped";
  }
  return "";
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

#include "plan/check/finding_sink.hpp"

namespace plan {

void FindingSink::report(const Item* about, Span at, std::string message, std::vector<Note> notes) {
  if (about && about->ignores(rule_.name)) return;
  out_.push_back(Finding{&rule_, severity_, at, std::move(message), std::move(notes)});
}

}  // namespace plan

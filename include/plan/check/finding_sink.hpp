#pragma once
// Where a rule's check writes its findings.

#include <string>
#include <vector>

#include "plan/model/finding.hpp"
#include "plan/model/model.hpp"
#include "plan/model/rule.hpp"

namespace plan {

/// Collects one rule's findings, dropping those about an item that ignores the rule.
class FindingSink {
 public:
  FindingSink(const Rule& rule, Severity severity, std::vector<Finding>& out)
      : rule_(rule), severity_(severity), out_(out) {}

  /// Reports a finding about `about` (nullptr: about the plan as a whole).
  void report(const Item* about, Span at, std::string message, std::vector<Note> notes = {});

 private:
  const Rule& rule_;
  Severity severity_;
  std::vector<Finding>& out_;
};

}  // namespace plan

// `stage-probability`: a deal further along the process is at least as likely
// to close, so probabilities never fall from one stage to the next.

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, Reporter& out) {
  const Stage* highest = nullptr;  // the earlier stage with the highest valid probability
  for (const Stage& s : plan.process.stages.items) {
    if (s.duplicate || !s.probability.known()) continue;
    if (highest && *s.probability < *highest->probability) {
      out.report(&s, s.probability.at,
                 fmt::format("{} has probability {}, lower than {} at the earlier {}; a deal that "
                             "moves on is no less likely to close",
                             label(s, "stage"), *s.probability, *highest->probability,
                             label(*highest, "stage")));
      continue;
    }
    if (!highest || *s.probability > *highest->probability) highest = &s;
  }
}

}  // namespace

const Rule kStageProbability{
    .name = "stage-probability",
    .severity = Severity::error,
    .structural = false,
    .summary = "a stage's probability lower than an earlier stage's",
    .points_at = "that probability",
    .check = check,
};

}  // namespace plan::rules

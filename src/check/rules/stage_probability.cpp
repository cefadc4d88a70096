// `stage-probability`: a deal further along the process is at least as likely
// to close, so probabilities never fall from one stage to the next.

#include "check/rules/rules.hpp"

namespace plan::rules {
namespace {

void check(const Plan& plan, FindingSink& out) {
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
    .description =
        "A stage's `probability` of closing is lower than the highest probability of any "
        "earlier stage. Stages are in process order, so a deal that moves on never becomes "
        "less likely to close. Stages without a valid probability are skipped.",
    .rationale =
        "A sales process \"will also help you determine how likely you are to close a "
        "particular deal\". If the odds fall from one stage to the next, either the stages "
        "are out of order or the probabilities are guesses, and the weighted forecast "
        "built on them is wrong.",
    .example = R"yaml(process:
  name: Whale Hunting
  stages:
    - id: qualify
      name: Qualify
      exit: Budget, authority, need and timeline confirmed
      probability: 0.2
    - id: proof
      name: Proof
      exit: Pilot accepted
      probability: 0.1
)yaml",
    .fix = R"yaml(process:
  name: Whale Hunting
  stages:
    - id: qualify
      name: Qualify
      exit: Budget, authority, need and timeline confirmed
      probability: 0.05
    - id: proof
      name: Proof
      exit: Pilot accepted
      probability: 0.4   # further along, more likely to close
)yaml",
    .check = check,
};

}  // namespace plan::rules

#pragma once
// The hand-computed pipeline shared by the pipeline tests: a stage without a
// probability, a deal on the stalled boundary, a forecast that needs exact sums.

#include <string>

// Deal by deal, value x probability, exactly:
//   d1  1234.56 x 0.05  =  61.728      (a; 30 days in stage, max 30: not stalled)
//   d2   999.99 x 0.05  =  49.9995     (a; 31 days: stalled, 1 over)
//   d3   100.01 x 0.333 =  33.30333    (b)
//   d4   333.33 x 0.333 = 110.99889    (b)
//   d5   750000 x ?     =  unknown     (c has no probability; 11 days, max 10: stalled)
//   d6     2.01 x 0.5   =   1.005      (e; in binary floating point 1.00499999...)
//   d7     0.10 x 0.9   =   0.09       (d)
// Forecast: 257.12472 -> 257.12. Rounding each deal first would give 257.13.
// Pipeline value: 752,670.00, of which 750,000.00 in a stage without a probability.
inline const std::string kPipelinePlan = R"(name: Pipeline
as_of: 2027-03-15
strategy:
  name: S
  end: 2030-12-31
  goals: [{id: g, name: G}]
process:
  name: Hunt
  stages:
    - {id: a, name: Alpha, probability: 0.05, max_days: 30}
    - {id: b, name: Beta, probability: 0.333}
    - {id: c, name: Gamma, max_days: 10}
    - {id: e, name: Epsilon, probability: 0.5}
    - {id: d, name: Delta, probability: 0.9, max_days: 20}
roles:
  - {id: seller, name: Seller, people: [Ana, Bo]}
  - {id: manager, name: Manager, people: [Cy]}
tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics: [{id: t, title: T, owner: seller, due: 2027-06-01, supports: g}]
deals:
  - {id: d7, name: Seven, value: 0.10, stage: d, owner: seller}
  - {id: d1, name: One, value: 1234.56, stage: a, owner: seller, assignee: Ana, since: 2027-02-13}
  - {id: d2, name: Two, value: 999.99, stage: a, owner: seller, assignee: Ana, since: 2027-02-12}
  - {id: d3, name: Three, value: 100.01, stage: b, owner: seller, assignee: Bo}
  - {id: d4, name: Four, value: 333.33, stage: b}
  - {id: d5, name: Five, value: 750000, stage: c, owner: manager, assignee: Cy, since: 2027-03-04}
  - {id: d6, name: Six, value: 2.01, stage: e, owner: seller, assignee: Ana}
)";

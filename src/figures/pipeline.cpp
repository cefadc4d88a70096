#include "plan/figures/pipeline.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

namespace plan {
namespace {

// An exact product value × probability: cents × kProbabilityScale. Sums of
// them stay exact; 128 bits hold a million deals at the largest value.
__extension__ using Exact = __int128;

/// Probabilities are taken to 12 decimal places.
constexpr std::int64_t kProbabilityScale = 1'000'000'000'000;
constexpr Cents kMaxCents = std::numeric_limits<Cents>::max();

std::int64_t to_scaled_probability(double probability) {
  const double scaled = std::round(std::clamp(probability, 0.0, 1.0) * 1e12);
  return static_cast<std::int64_t>(scaled);
}

/// Turns amounts into cents. An absurd amount (past about 9.2e16 units) is
/// held at the limit rather than overflowing, and `capped` says so.
struct ToCents {
  bool capped = false;

  Cents limit(Exact cents) {
    if (cents > kMaxCents || cents < -kMaxCents) {
      capped = true;
      return cents > 0 ? kMaxCents : -kMaxCents;
    }
    return static_cast<Cents>(cents);
  }

  /// A value as written, to the cent.
  Cents value(double amount) {
    const double cents = std::round(amount * 100.0);
    if (cents < 9.2e18 && cents > -9.2e18) return static_cast<Cents>(cents);
    capped = true;
    return cents > 0 ? kMaxCents : -kMaxCents;
  }

  /// An exact product or sum of products, rounded once to the cent, halves away from zero.
  Cents rounded(Exact exact) {
    const Exact half = kProbabilityScale / 2;
    return limit(exact >= 0 ? (exact + half) / kProbabilityScale
                            : -((-exact + half) / kProbabilityScale));
  }
};

std::string text_or_empty(const Field<std::string>& field) {
  return field.known() ? *field : std::string();
}

/// Sums kept exactly until the end.
struct Sums {
  Exact value = 0;     // cents
  Exact weighted = 0;  // cents × kProbabilityScale
  Exact unknown = 0;   // cents
};

}  // namespace

bool Pipeline::has_cents() const {
  const auto cents = [](Cents c) { return c % 100 != 0; };
  if (cents(value) || cents(forecast) || cents(unknown_value)) return true;
  for (const DealFigures& d : deals) {
    if (cents(d.value) || (d.weighted && cents(*d.weighted))) return true;
  }
  for (const StageFigures& s : stages) {
    if (cents(s.value) || (s.weighted && cents(*s.weighted))) return true;
  }
  for (const OwnerFigures& o : owners) {
    if (cents(o.value) || cents(o.weighted) || cents(o.unknown_value)) return true;
  }
  return false;
}

Pipeline build_pipeline(const Plan& plan, Date today) {
  Pipeline p;
  ToCents money;
  p.plan_name = text_or_empty(plan.name);
  p.process_name = text_or_empty(plan.process.name);
  p.as_of = today;

  const auto& stage_items = plan.process.stages.items;
  std::vector<int> stage_slot(stage_items.size(), -1);
  std::vector<std::optional<std::int64_t>> scaled;  // per stage slot
  for (std::size_t i = 0; i < stage_items.size(); ++i) {
    const Stage& s = stage_items[i];
    if (s.duplicate) continue;
    stage_slot[i] = static_cast<int>(p.stages.size());
    StageFigures& f = p.stages.emplace_back();
    f.id = text_or_empty(s.id);
    f.name = text_or_empty(s.name);
    f.probability = s.probability.value;
    f.max_days = s.max_days.value;
    scaled.push_back(f.probability ? std::optional(to_scaled_probability(*f.probability))
                                   : std::nullopt);
  }

  // Owners are keyed by (role slot, assignee) and ordered by the role's place
  // in the plan, then the person's place in the role, unassigned last.
  std::vector<int> role_slot(plan.roles.items.size(), -1);
  int next_role = 0;
  for (std::size_t i = 0; i < plan.roles.items.size(); ++i) {
    if (!plan.roles.items[i].duplicate) role_slot[i] = next_role++;
  }
  constexpr int kLast = std::numeric_limits<int>::max();
  using OwnerKey = std::tuple<int, int, int>;  // role rank, person rank, first appearance
  std::map<std::pair<int, std::string>, OwnerKey> owner_keys;
  std::map<OwnerKey, std::pair<OwnerFigures, Sums>> owners;

  std::vector<Sums> stage_sums(p.stages.size());
  std::vector<std::vector<DealFigures>> by_stage(p.stages.size());
  Sums total;
  int appearance = 0;
  for (const Deal& d : plan.deals.items) {
    if (d.duplicate || !d.value.known() || !d.stage.known() || d.stage->target < 0) continue;
    const auto stage_index = static_cast<std::size_t>(d.stage->target);
    const int slot = stage_slot[stage_index];
    if (slot < 0) continue;
    const auto s = static_cast<std::size_t>(slot);
    const StageFigures& stage = p.stages[s];

    DealFigures f;
    f.id = text_or_empty(d.id);
    f.name = text_or_empty(d.name);
    f.stage_id = stage.id;
    f.stage_name = stage.name;
    f.probability = stage.probability;
    f.value = money.value(*d.value);
    f.since = d.since.value;
    f.max_days = stage.max_days;
    if (f.since) f.days_in_stage = today - *f.since;
    f.stalled = f.days_in_stage && f.max_days && *f.days_in_stage > *f.max_days;
    int role = -1;
    if (d.owner.known() && d.owner->target >= 0) {
      role = role_slot[static_cast<std::size_t>(d.owner->target)];
      const Role& r = plan.roles.items[static_cast<std::size_t>(d.owner->target)];
      f.role = d.owner->id;
      f.role_name = text_or_empty(r.name);
    }
    f.assignee = text_or_empty(d.assignee);

    Sums& stage_sum = stage_sums[s];
    Exact weighted = 0;
    if (scaled[s]) {
      weighted = static_cast<Exact>(f.value) * *scaled[s];
      f.weighted = money.rounded(weighted);
      stage_sum.weighted += weighted;
      total.weighted += weighted;
    } else {
      stage_sum.unknown += f.value;
      total.unknown += f.value;
      ++p.unknown_deals;
    }
    stage_sum.value += f.value;
    total.value += f.value;
    p.stages[s].deals += 1;
    if (f.stalled) {
      ++p.stages[s].stalled;
      ++p.stalled;
    }

    // The deal's owner.
    const auto [key_it, added] = owner_keys.try_emplace({role, f.assignee}, OwnerKey{});
    if (added) {
      int person_rank = kLast;
      if (!f.assignee.empty()) {
        person_rank = kLast - 1;  // named, but not among the role's people
        if (role >= 0) {
          const auto& people = plan.roles.items[static_cast<std::size_t>(d.owner->target)].people;
          const auto it = std::find_if(people.begin(), people.end(),
                                       [&](const Text& t) { return t.value == f.assignee; });
          if (it != people.end()) person_rank = static_cast<int>(it - people.begin());
        }
      }
      key_it->second = {role >= 0 ? role : kLast, person_rank, appearance++};
      OwnerFigures& o = owners[key_it->second].first;
      o.role = f.role;
      o.role_name = f.role_name;
      o.assignee = f.assignee;
    }
    auto& [owner, owner_sum] = owners[key_it->second];
    owner.deals += 1;
    owner_sum.value += f.value;
    if (scaled[s]) {
      owner_sum.weighted += weighted;
    } else {
      owner_sum.unknown += f.value;
    }
    by_stage[s].push_back(std::move(f));
    ++p.deal_count;
  }

  for (std::size_t s = 0; s < p.stages.size(); ++s) {
    StageFigures& stage = p.stages[s];
    stage.value = money.limit(stage_sums[s].value);
    if (scaled[s]) {
      stage.weighted = money.rounded(stage_sums[s].weighted);
    } else if (stage.deals > 0) {
      p.unknown_stages.push_back(static_cast<int>(s));
    }
    for (DealFigures& d : by_stage[s])
      p.deals.push_back(std::move(d));
  }
  for (auto& [key, entry] : owners) {
    auto& [owner, sums] = entry;
    owner.value = money.limit(sums.value);
    owner.weighted = money.rounded(sums.weighted);
    owner.unknown_value = money.limit(sums.unknown);
    p.owners.push_back(std::move(owner));
  }
  p.value = money.limit(total.value);
  p.forecast = money.rounded(total.weighted);
  p.unknown_value = money.limit(total.unknown);
  p.capped = money.capped;
  return p;
}

}  // namespace plan

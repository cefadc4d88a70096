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

/// "2027-Q3" and the quarter's first day, for a date.
std::pair<std::string, Date> quarter_of(Date d) {
  const int q = (d.month() - 1) / 3;
  return {std::to_string(d.year()) + "-Q" + std::to_string(q + 1),
          *Date::from_ymd(d.year(), q * 3 + 1, 1)};
}

/// The role and person a deal counts for: its owner (else the first role that
/// lists its assignee) and its assignee when that role lists them; -1 and
/// empty when none.
std::pair<int, std::string> deal_holder(const Plan& plan, const Deal& d) {
  const auto& roles = plan.roles.items;
  const std::string assignee = d.assignee.known() ? *d.assignee : std::string();
  int role = -1;
  if (d.owner.known() && d.owner->target >= 0) {
    role = d.owner->target;
  } else if (!assignee.empty()) {
    for (std::size_t r = 0; r < roles.size(); ++r) {
      if (!roles[r].duplicate && roles[r].has_person(assignee)) {
        role = static_cast<int>(r);
        break;
      }
    }
  }
  if (role < 0) return {-1, ""};
  const bool listed =
      !assignee.empty() && roles[static_cast<std::size_t>(role)].has_person(assignee);
  return {role, listed ? assignee : std::string()};
}

/// Closed deals (bookings, win rate), the forecast by quarter and each person's sales.
void add_sales(const Plan& plan, Pipeline& p,
               const std::vector<std::optional<std::int64_t>>& scaled,
               const std::vector<int>& stage_slot, ToCents& money) {
  const std::optional<Window> window = plan.tactical_window;

  // Every person of every role.
  std::map<std::pair<int, std::string>, std::size_t> person_slot;
  std::vector<Sums> person_sums;
  const auto& roles = plan.roles.items;
  for (std::size_t r = 0; r < roles.size(); ++r) {
    const Role& role = roles[r];
    if (role.duplicate || !role.id.known()) continue;
    for (const Text& person : role.people) {
      if (!person_slot.try_emplace({static_cast<int>(r), person.value}, p.people.size()).second)
        continue;
      PersonSales& ps = p.people.emplace_back();
      ps.role = static_cast<int>(r);
      ps.role_id = *role.id;
      ps.role_name = text_or_empty(role.name);
      ps.person = person.value;
      if (role.quota.known()) ps.quota = money.value(*role.quota);
      person_sums.emplace_back();
    }
  }

  // Quarters: the tactical window's, then any other that holds a deal.
  std::map<Date, QuarterFigures> quarters;
  std::map<Date, Sums> quarter_sums;
  if (window) {
    for (Date d = quarter_of(window->start).second; d <= window->end; d = add_months(d, 3)) {
      const auto [label, first] = quarter_of(d);
      quarters[first] = QuarterFigures{label, first, 0, 0, 0};
    }
  }
  QuarterFigures undated{"", std::nullopt, 0, 0, 0};
  Sums undated_sums;

  Exact bookings = 0;
  for (const Deal& d : plan.deals.items) {
    if (d.duplicate || !d.value.known()) continue;
    const Cents value = money.value(*d.value);
    const auto [role, person] = deal_holder(plan, d);
    PersonSales* ps = nullptr;
    if (role >= 0 && !person.empty()) {
      const auto it = person_slot.find({role, person});
      if (it != person_slot.end()) ps = &p.people[it->second];
    }
    if (ps && d.id.known()) ps->deals.push_back(*d.id);

    if (d.won() || d.lost()) {
      (d.won() ? p.won : p.lost) += 1;
      const bool in_window = window && d.closed_on.known() && window->contains(*d.closed_on);
      if (!in_window) continue;
      if (d.lost()) {
        ++p.lost_in_window;
        continue;
      }
      ++p.won_in_window;
      bookings += value;
      if (ps) {
        ps->bookings += value;
        ++ps->won;
      }
      continue;
    }
    if (!d.open() || !d.stage.known() || d.stage->target < 0) continue;
    const int slot = stage_slot[static_cast<std::size_t>(d.stage->target)];
    if (slot < 0) continue;
    const auto& probability = scaled[static_cast<std::size_t>(slot)];
    const Exact weighted = probability ? static_cast<Exact>(value) * *probability : 0;
    if (ps) {
      ++ps->open_deals;
      person_sums[static_cast<std::size_t>(ps - p.people.data())].weighted += weighted;
    }
    QuarterFigures* q = &undated;
    Sums* sums = &undated_sums;
    if (d.close.known()) {
      const auto [label, first] = quarter_of(*d.close);
      q = &quarters.try_emplace(first, QuarterFigures{label, first, 0, 0, 0}).first->second;
      sums = &quarter_sums[first];
    }
    ++q->deals;
    sums->value += value;
    sums->weighted += weighted;
  }

  for (auto& [first, q] : quarters) {
    const Sums& sums = quarter_sums[first];
    q.value = money.limit(sums.value);
    q.weighted = money.rounded(sums.weighted);
    p.quarters.push_back(std::move(q));
  }
  if (undated.deals > 0) {
    undated.value = money.limit(undated_sums.value);
    undated.weighted = money.rounded(undated_sums.weighted);
    p.quarters.push_back(std::move(undated));
  }
  p.bookings = money.limit(bookings);
  const int closed = p.won_in_window + p.lost_in_window;
  if (closed > 0) p.win_rate = static_cast<double>(p.won_in_window) / closed;

  for (std::size_t i = 0; i < p.people.size(); ++i) {
    PersonSales& ps = p.people[i];
    ps.open_weighted = money.rounded(person_sums[i].weighted);
    if (!ps.quota) continue;
    if (*ps.quota > 0) ps.attainment = static_cast<double>(ps.bookings) / *ps.quota;
    if (ps.bookings < *ps.quota) {
      ps.coverage = static_cast<double>(ps.open_weighted) / (*ps.quota - ps.bookings);
    }
  }
}

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
  if (cents(bookings)) return true;
  for (const QuarterFigures& q : quarters) {
    if (cents(q.value) || cents(q.weighted)) return true;
  }
  for (const PersonSales& ps : people) {
    if (cents(ps.bookings) || cents(ps.open_weighted) || (ps.quota && cents(*ps.quota)))
      return true;
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
    if (d.duplicate || !d.open() || !d.value.known() || !d.stage.known() || d.stage->target < 0)
      continue;
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
    f.close = d.close.value;
    if (f.close) f.quarter = quarter_of(*f.close).first;
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
  add_sales(plan, p, scaled, stage_slot, money);
  p.capped = money.capped;
  return p;
}

}  // namespace plan

// `unknown-reference`: an owner, assignee, supports, stage or after that names
// nothing. References into a list that is absent, empty or not a list are not
// reported; an assignee is checked only against a resolved owner.

#include <string>
#include <unordered_map>
#include <vector>

#include <fmt/ranges.h>

#include "check/rules/rules.hpp"
#include "plan/support/suggest.hpp"

namespace plan::rules {
namespace {

// "Did you mean" compares a name with every id; past this many comparisons in
// one run (a huge, badly broken plan) the messages go without it.
constexpr std::size_t kSuggestionBudget = 2'000'000;

// An unknown reference without a near match lists the ids that exist, up to this many.
constexpr std::size_t kListedIds = 8;

/// "; the roles are: a, b, c" (or the first few and how many in all).
std::string what_exists(std::string_view noun, const std::vector<std::string_view>& ids) {
  if (ids.empty()) return {};
  if (ids.size() <= kListedIds) return fmt::format("; the {}s are: {}", noun, fmt::join(ids, ", "));
  return fmt::format("; the {}s are: {}, … ({} in all)", noun,
                     fmt::join(ids.begin(), ids.begin() + kListedIds, ", "), ids.size());
}

class Checker {
 public:
  Checker(const Plan& plan, FindingSink& out) : plan_(plan), out_(out) {}

  template <class T>
  void ref(const Item& about, const Ref& ref, const List<T>& list, std::string_view noun) {
    if (ref.target >= 0 || !list.resolvable()) return;
    if (also_used(noun, "", ref.id, ref.at)) return;
    std::string message = fmt::format("no {} has the id `{}`", noun, ref.id);
    if (budget_ >= list.items.size()) {
      budget_ -= list.items.size();
      std::vector<std::string_view> ids;
      ids.reserve(list.items.size());
      for (const T& item : list.items) {
        if (item.id.known() && !item.duplicate) ids.push_back(*item.id);
      }
      const std::string suggestion = did_you_mean(ref.id, ids);
      message += suggestion.empty() ? what_exists(noun, ids) : suggestion;
    }
    add(about, ref.at, std::move(message));
  }

  /// An assignee must be one of its owner's people. Without an owner, a
  /// deal's assignee must be one of some role's people; a tactic's (whose
  /// owner is required) is not checked, like one whose owner does not resolve.
  /// A role that lists no people is a list the assignee cannot be checked
  /// against, as for references into an absent list.
  void assignee(const Item& about, const Field<std::string>& assignee, const Field<Ref>& owner,
                bool optional_owner) {
    if (!assignee.known()) return;
    const auto& roles = plan_.roles;
    if (owner.present || !optional_owner) {
      if (!owner.known() || owner->target < 0) return;
      const Role& role = roles.items[static_cast<std::size_t>(owner->target)];
      if (role.people.empty() || role.has_person(*assignee)) return;
      if (also_used("person", owner->id, *assignee, assignee.at)) return;
      std::vector<std::string_view> people;
      for (const Text& p : role.people)
        people.push_back(p.value);
      add(about, assignee.at,
          fmt::format("`{}` is not one of the people of role `{}` ({}){}", *assignee, owner->id,
                      fmt::join(people, ", "), did_you_mean(*assignee, people)));
      return;
    }
    if (!roles.resolvable()) return;
    bool anyone = false;
    for (const Role& role : roles.items) {
      if (role.duplicate) continue;
      if (role.has_person(*assignee)) return;
      anyone = anyone || !role.people.empty();
    }
    if (!anyone || also_used("person", "", *assignee, assignee.at)) return;
    add(about, assignee.at,
        fmt::format("`{}` is not one of the people of any role; add them to a role's `people`",
                    *assignee));
  }

  /// Reports each mistake once: the first use, with the others as notes.
  void flush() {
    for (Pending& p : pending_)
      out_.report(p.about, p.at, std::move(p.message), std::move(p.notes));
  }

 private:
  struct Pending {
    const Item* about;
    Span at;
    std::string message;
    std::vector<Note> notes;
  };

  /// True after noting `at` on the finding already made for the same name
  /// in the same place (`kind`, `scope`); false when this use is the first.
  bool also_used(std::string_view kind, std::string_view scope, std::string_view name, Span at) {
    const auto [it, first] =
        first_use_.try_emplace(fmt::format("{}\x1f{}\x1f{}", kind, scope, name), pending_.size());
    if (first) return false;
    pending_[it->second].notes.push_back(Note{at, fmt::format("`{}` is also used here", name)});
    return true;
  }

  void add(const Item& about, Span at, std::string message) {
    pending_.push_back(Pending{&about, at, std::move(message), {}});
  }

  const Plan& plan_;
  FindingSink& out_;
  std::size_t budget_ = kSuggestionBudget;
  std::vector<Pending> pending_;
  std::unordered_map<std::string, std::size_t> first_use_;
};

void check(const Plan& plan, FindingSink& out) {
  Checker c(plan, out);
  const auto& tactics = plan.tactical_plan.tactics;
  for (const Tactic& t : tactics.items) {
    if (t.duplicate) continue;
    if (t.owner.known()) c.ref(t, *t.owner, plan.roles, "role");
    c.assignee(t, t.assignee, t.owner, false);
    for (const Ref& r : t.after.refs)
      c.ref(t, r, tactics, "tactic");
    for (const Ref& r : t.supports.refs)
      c.ref(t, r, plan.strategy.goals, "goal");
    if (t.stage.known()) c.ref(t, *t.stage, plan.process.stages, "stage");
  }
  for (const Deal& d : plan.deals.items) {
    if (d.duplicate) continue;
    if (d.stage.known()) c.ref(d, *d.stage, plan.process.stages, "stage");
    if (d.owner.known()) c.ref(d, *d.owner, plan.roles, "role");
    c.assignee(d, d.assignee, d.owner, true);
  }
  c.flush();
}

}  // namespace

const Rule kUnknownReference{
    .name = "unknown-reference",
    .severity = Severity::error,
    .structural = true,
    .summary = "`owner`, `assignee`, `supports`, `stage` or `after` names nothing",
    .points_at = "the reference",
    .description =
        "A reference names nothing: a tactic's or deal's `owner` that is no role id, an "
        "`assignee` who is not one of the owner role's `people` (a deal's assignee without "
        "an owner must belong to some role), a `supports` that is no goal id, a `stage` "
        "that is no stage id, or an `after` that is no tactic id. The message suggests the "
        "nearest id, or lists the ids that exist when none is near. The same unknown name "
        "used in several places is one finding, at its first use, with a note at each "
        "other use. An unresolved reference is then treated as absent; references into a "
        "list the plan does not have are not reported, nor are assignees of a role that "
        "lists no people.",
    .rationale =
        "The plan's value is in its links: tactics serve goals of the strategy, are owned "
        "by roles, and move deals through the stages of the process. A reference that "
        "points nowhere breaks the chain from day-to-day activity to long-term direction, "
        "and the reports lose that tactic.",
    .example = R"yaml(tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: sales-person
      due: 2027-03-31
      supports: revenue
)yaml",
    .fix = R"yaml(tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson   # the role's id
      due: 2027-03-31
      supports: revenue
)yaml",
    .check = check,
};

}  // namespace plan::rules

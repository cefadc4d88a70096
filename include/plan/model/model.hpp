#pragma once
// The typed plan model (docs/format.md). The loader fills it from YAML; analyze()
// adds the derived facts (resolved references, windows, due dates). Rules and
// reports read it and never see YAML.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plan/model/date.hpp"
#include "plan/model/finding.hpp"
#include "plan/model/source.hpp"

namespace plan {

/// A value read from one key: absent, present but invalid, or known.
/// An invalid value is unknown: it is never replaced by a default.
template <class T>
struct Field {
  std::optional<T> value;  ///< set when present and valid
  Span key;                ///< the key as written
  Span at;                 ///< the value as written (the alias, when aliased)
  bool present = false;    ///< given with a non-empty value, valid or not

  bool known() const { return value.has_value(); }
  const T& operator*() const { return *value; }
  const T* operator->() const { return &*value; }
};

/// A scalar in a list of scalars (`people`, `ignore`).
struct Text {
  std::string value;
  Span at;
};

/// A reference to an item of another list by id.
struct Ref {
  std::string id;
  Span at;
  int target = -1;  ///< index of the item it names once resolved, -1 if none
};

/// A list of references (`after`, `supports`); one scalar stands for a list of one.
struct RefList {
  std::vector<Ref> refs;
  Span key;
  bool present = false;
};

/// A list of mappings (`goals`, `stages`, ...).
template <class T>
struct List {
  std::vector<T> items;  ///< the elements that are mappings, in file order
  Span key;
  bool present = false;  ///< the key is given with a non-empty value
  bool is_list = false;  ///< the value is a sequence
  /// References into this list are checked only when it is a non-empty list.
  bool resolvable() const { return is_list && !items.empty(); }
};

/// What goals, stages, roles, tactics and deals share.
struct Item {
  Field<std::string> id;
  Span first_key;                   ///< the mapping's first key, or the mapping when empty
  std::vector<std::string> ignore;  ///< rule names not reported for this item
  bool duplicate = false;           ///< shares an earlier item's id (set by analyze)

  /// Where warnings about the item point: its id when it has one, else its first key.
  Span anchor() const { return id.present ? id.at : first_key; }
  bool ignores(std::string_view rule) const;
  /// The id when known, else empty.
  std::string_view name_or_empty() const { return id.known() ? std::string_view(*id) : ""; }
};

struct Goal : Item {
  Field<std::string> name;
  Field<std::string> metric;
  Field<double> target;
  Field<double> actual;
  Field<Date> due;
};

struct Stage : Item {
  Field<std::string> name;
  Field<std::string> exit;
  Field<double> probability;
  Field<int> max_days;
};

struct Role : Item {
  Field<std::string> name;
  std::vector<Text> people;
  Span people_key;
  Field<double> quota;  ///< each person's bookings target for the tactical plan
  Field<int> capacity;  ///< each person's minutes a week for tactics
  bool has_person(std::string_view person) const;
};

enum class Repeat : std::uint8_t { daily, weekdays, weekly, monthly, quarterly };
enum class Status : std::uint8_t { todo, doing, done, blocked, dropped };
enum class Outcome : std::uint8_t { won, lost };

/// The names a plan writes for each enum's values, indexed by the value: the
/// one table that reading, reports and command-line options all use.
inline constexpr std::array<std::string_view, 5> kRepeatTable = {"daily", "weekdays", "weekly",
                                                                 "monthly", "quarterly"};
inline constexpr std::array<std::string_view, 5> kStatusTable = {"todo", "doing", "done", "blocked",
                                                                 "dropped"};
inline constexpr std::array<std::string_view, 2> kOutcomeTable = {"won", "lost"};

std::string_view to_string(Repeat repeat);
std::string_view to_string(Status status);
std::string_view to_string(Outcome outcome);

struct Measure {
  bool present = false;
  Span key;
  Field<std::string> metric;
  Field<double> target;
  Field<double> actual;
};

struct Tactic : Item {
  Field<std::string> title;
  Field<Ref> owner;
  Field<std::string> assignee;
  Field<Date> start;
  Field<Date> due;
  RefList after;
  Field<int> within;  ///< days
  RefList supports;
  Field<Ref> stage;
  Field<Repeat> repeat;
  Field<int> effort;  ///< minutes per occurrence
  Measure measure;
  Field<Status> status;
  Field<Date> done_on;
  Field<std::string> notes;

  // Derived by analyze().
  std::optional<Date> due_date;  ///< the explicit due, else derived from after + within
  bool due_derived = false;      ///< due_date comes from after + within
  /// The start every command counts from (repeat, blocked, behind pace, the
  /// timeline, capacity): `start` when written; else, with `after`, the
  /// latest finish among the prerequisites (unknown when any does not
  /// resolve, is on a cycle or has no known finish); else the tactical
  /// plan's start.
  std::optional<Date> start_date;
  int cycle = -1;  ///< the dependency cycle it is on, -1 when none

  /// The status as written; todo when absent or invalid.
  Status state() const { return status.value.value_or(Status::todo); }
  bool dropped() const { return state() == Status::dropped; }
  /// Where the due date is written: `due`, or `within` when derived.
  Span due_span() const { return due_derived ? within.at : due.at; }
  /// The date the tactic finishes: done_on when present, else its due date.
  std::optional<Date> finish() const;
};

struct Deal : Item {
  Field<std::string> name;
  Field<double> value;
  Field<Ref> stage;
  Field<Ref> owner;
  Field<std::string> assignee;
  Field<Date> since;
  Field<Date> close;       ///< the expected close date; read for open deals only
  Field<Outcome> outcome;  ///< absent: the deal is open
  Field<Date> closed_on;   ///< when it closed; required with `outcome`

  /// No `outcome` written: the deal is still in the pipeline. A deal whose
  /// `outcome` is invalid is not open either (it is unknown whether it closed).
  bool open() const { return !outcome.present; }
  bool won() const { return outcome.known() && *outcome == Outcome::won; }
  bool lost() const { return outcome.known() && *outcome == Outcome::lost; }
};

struct Strategy {
  bool present = false;
  Field<std::string> name;
  Field<std::string> description;
  Field<Date> start;
  Field<Date> end;
  List<Goal> goals;
};

struct Process {
  Field<std::string> name;
  List<Stage> stages;
};

struct TacticalPlan {
  Field<std::string> name;
  Field<Date> start;
  Field<Date> end;
  List<Tactic> tactics;
};

/// A policy range such as `strategy_years: {min: 3, max: 5}`.
struct Limits {
  Field<int> min;
  Field<int> max;
  int low = 0;   ///< the effective minimum, after falling back to defaults
  int high = 0;  ///< the effective maximum
};

/// `policy.rules`: a rule's severity raised, lowered or turned off.
struct RuleSetting {
  std::string rule;
  std::optional<Severity> severity;  ///< nothing for `off`
  Span at;
};

struct Policy {
  Limits strategy_years{{}, {}, 3, 5};
  Limits tactical_months{{}, {}, 6, 18};
  std::vector<RuleSetting> rules;
};

struct Plan {
  Field<int> version;
  Field<std::string> name;
  Field<Date> as_of;
  Strategy strategy;
  Process process;
  List<Role> roles;
  TacticalPlan tactical_plan;
  List<Deal> deals;
  Policy policy;

  // Derived by analyze().
  std::optional<Date> today;  ///< the as-of date: --as-of, else `as_of`, else unknown
  /// The strategy window when both ends are known and in order.
  std::optional<Window> strategy_window;
  /// The tactical window when both ends are known and in order.
  std::optional<Window> tactical_window;
  /// Dependency cycles: tactic indices of each strongly connected group, in file order.
  std::vector<std::vector<int>> cycles;
};

}  // namespace plan

#pragma once
// diff: what a change to a plan changes, in plan terms, for review (`plan
// diff`): items matched by id within their list, the plan's scalars by key,
// findings by rule and by the item they are about, and the summary figures
// before and after. Renderers (src/report/diff_*.cpp) print it.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plan/check/check.hpp"
#include "plan/figures/accountability.hpp"
#include "plan/figures/pipeline.hpp"
#include "plan/model/source.hpp"

namespace plan {

/// The kinds of change, in the order of the table in docs/review.md.
enum class ChangeKind : std::uint8_t {
  added,
  removed,
  slipped,
  pulled_in,
  window_moved,
  reassigned,
  target_lowered,
  target_raised,
  progressed,
  regressed,
  status,
  stage_moved,
  value_changed,
  renamed,
  changed,
  new_error,
  new_warning,
  fixed,
};

/// Each kind's name, indexed by the kind (`pulled-in`, `new-error`): the one
/// table JSON, the text and `--fail-on` use.
inline constexpr std::array<std::string_view, 18> kChangeKindTable = {
    "added",          "removed",       "slipped",    "pulled-in", "window-moved", "reassigned",
    "target-lowered", "target-raised", "progressed", "regressed", "status",       "stage-moved",
    "value-changed",  "renamed",       "changed",    "new-error", "new-warning",  "fixed"};

std::string_view to_string(ChangeKind kind);

/// The kinds `--fail-on` takes.
inline constexpr std::array<ChangeKind, 6> kFailOnKinds = {
    ChangeKind::slipped,        ChangeKind::removed,   ChangeKind::reassigned,
    ChangeKind::target_lowered, ChangeKind::new_error, ChangeKind::new_warning};

/// The sections of a diff, in the order changes are listed.
enum class DiffSection : std::uint8_t {
  plan,
  strategy,
  goals,
  process,
  roles,
  tactics,
  deals,
  findings
};

std::string_view to_string(DiffSection section);

/// One change: one line of the diff.
struct Change {
  DiffSection section = DiffSection::plan;
  ChangeKind kind = ChangeKind::changed;
  std::string id;      ///< the item's id; empty for the plan's own keys
  std::string key;     ///< the key that changed (`due`, `measure.target`); empty for added/removed
  std::string before;  ///< the value in OLD as written (dates YYYY-MM-DD); empty when absent
  std::string after;   ///< the value in NEW
  /// slipped, pulled-in, window-moved: how many days the date moved (> 0).
  std::optional<int> days;
  /// stage-moved: stages forward (> 0) or back (< 0) in NEW's process order.
  std::optional<int> stages;
  // Findings (new-error, new-warning, fixed):
  std::string rule;            ///< the rule's name
  std::string subject;         ///< what it is about: `tactics/contact`, else a path of keys
  std::string message;         ///< as the side that has it words it
  std::optional<Position> at;  ///< where, in that side's file
};

/// The summary figures of one side.
struct DiffSummary {
  Tally tactics;       ///< tactics by standing, completion and on-time rate
  Cents pipeline = 0;  ///< pipeline value
  Cents forecast = 0;  ///< weighted forecast
  std::optional<Date> as_of;
};

/// One side of a diff: a plan file as read and checked.
struct DiffSide {
  const SourceFile* source = nullptr;
  const CheckedPlan* checked = nullptr;
};

struct PlanDiff {
  std::string old_path;
  std::string new_path;
  DiffSummary before;
  DiffSummary after;
  std::vector<Change> changes;  ///< by section, then in file order
  /// How many changes of each kind, indexed by ChangeKind.
  std::array<int, kChangeKindTable.size()> counts{};
};

/// Compares two checked plans. Each side's figures are as of its own as-of
/// date (both as of `--as-of` when it is given).
PlanDiff diff_plans(const DiffSide& old_side, const DiffSide& new_side);

/// What each finding of a side is about, to match findings across versions
/// whatever their line or wording: `tactics/<id>` (or goals, stages, roles,
/// deals) when the finding lies in an item, else the path of keys to it
/// (`strategy/end`). One per finding, in the order of `checked.findings`.
std::vector<std::string> finding_subjects(const DiffSide& side);

/// Whether a change fails `--fail-on kinds` (slips only past `slip_days`).
bool fails(const Change& change, const std::vector<ChangeKind>& kinds, int slip_days);

}  // namespace plan

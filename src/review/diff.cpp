#include "plan/review/diff.hpp"

#include "plan/model/duration.hpp"

#include <algorithm>
#include <type_traits>
#include <unordered_map>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace plan {

std::string_view to_string(ChangeKind kind) {
  return kChangeKindTable[static_cast<std::size_t>(kind)];
}

std::string_view to_string(DiffSection section) {
  static constexpr std::array<std::string_view, 8> kNames = {
      "plan", "strategy", "goals", "process", "roles", "tactics", "deals", "findings"};
  return kNames[static_cast<std::size_t>(section)];
}

bool fails(const Change& change, const std::vector<ChangeKind>& kinds, int slip_days) {
  if (std::find(kinds.begin(), kinds.end(), change.kind) == kinds.end()) return false;
  return change.kind != ChangeKind::slipped || change.days.value_or(0) > slip_days;
}

namespace {

// --- values as written ----------------------------------------------------------

std::string show(const Field<std::string>& f) {
  return f.value.value_or("");
}
std::string show(const Field<double>& f) {
  return f.known() ? fmt::format("{}", *f) : std::string();
}
std::string show(const Field<int>& f) {
  return f.known() ? fmt::format("{}", *f) : std::string();
}
std::string show(const Field<Date>& f) {
  return f.known() ? format_date(*f) : std::string();
}
std::string show(const Field<Ref>& f) {
  return f.known() ? f->id : std::string();
}
std::string show(const RefList& list) {
  std::vector<std::string_view> ids;
  ids.reserve(list.refs.size());
  for (const Ref& r : list.refs)
    ids.push_back(r.id);
  return fmt::format("{}", fmt::join(ids, ", "));
}
std::string show(const std::vector<std::string>& names) {
  return fmt::format("{}", fmt::join(names, ", "));
}
std::string show(const std::vector<Text>& texts) {
  std::vector<std::string_view> values;
  values.reserve(texts.size());
  for (const Text& t : texts)
    values.push_back(t.value);
  return fmt::format("{}", fmt::join(values, ", "));
}
/// An enum's name as the plan writes it (`weekly`, `won`).
template <class E>
requires std::is_enum_v<E> std::string show(const Field<E>& f) {
  return f.known() ? std::string(to_string(*f)) : std::string();
}
std::string show_minutes(const Field<int>& f) {
  return f.known() ? format_minutes(*f) : std::string();
}
std::string show_days(const Field<int>& f) {
  if (!f.known()) return {};
  const int w = *f / 7;
  const int d = *f % 7;
  if (w == 0) return fmt::format("{}d", d);
  return d == 0 ? fmt::format("{}w", w) : fmt::format("{}w{}d", w, d);
}
std::string show(std::optional<Date> d) {
  return d ? format_date(*d) : std::string();
}

// --- collecting changes -----------------------------------------------------------

class Collector {
 public:
  explicit Collector(PlanDiff& out) : out_(out) {}

  void add(Change change) {
    ++out_.counts[static_cast<std::size_t>(change.kind)];
    out_.changes.push_back(std::move(change));
  }

  void item(DiffSection section, std::string_view id, ChangeKind kind) {
    Change c;
    c.section = section;
    c.kind = kind;
    c.id = std::string(id);
    add(std::move(c));
  }

  /// A change of `kind` when the two values differ.
  void value(DiffSection section, std::string_view id, std::string_view key, ChangeKind kind,
             std::string before, std::string after) {
    if (before == after) return;
    Change c;
    c.section = section;
    c.kind = kind;
    c.id = std::string(id);
    c.key = std::string(key);
    c.before = std::move(before);
    c.after = std::move(after);
    add(std::move(c));
  }

  /// A date that moved: slipped or pulled in (`moved_kind` for a window);
  /// a date that appeared or went is a `changed`.
  void date(DiffSection section, std::string_view id, std::string_view key,
            std::optional<Date> before, std::optional<Date> after, bool window) {
    if (before == after) return;
    if (!before || !after) {
      value(section, id, key, ChangeKind::changed, show(before), show(after));
      return;
    }
    Change c;
    c.section = section;
    c.kind = window ? ChangeKind::window_moved
                    : (*after > *before ? ChangeKind::slipped : ChangeKind::pulled_in);
    c.id = std::string(id);
    c.key = std::string(key);
    c.before = format_date(*before);
    c.after = format_date(*after);
    c.days = std::abs(*after - *before);
    add(std::move(c));
  }

  /// A number whose rise and fall are different kinds (a target, an actual).
  void number(DiffSection section, std::string_view id, std::string_view key,
              const Field<double>& before, const Field<double>& after, ChangeKind up,
              ChangeKind down) {
    if (before.value == after.value) return;
    const ChangeKind kind = before.known() && after.known() ? (*after > *before ? up : down)
                            : after.known()                 ? up
                                                            : down;
    value(section, id, key, kind, show(before), show(after));
  }

 private:
  PlanDiff& out_;
};

/// The items of a list by id (the first of each id; duplicates take part in nothing).
template <class T>
std::unordered_map<std::string_view, const T*> by_id(const List<T>& list) {
  std::unordered_map<std::string_view, const T*> index;
  index.reserve(list.items.size());
  for (const T& item : list.items) {
    if (item.id.known() && !item.duplicate) index.emplace(*item.id, &item);
  }
  return index;
}

/// Added and removed items, then `compare` for each item in both, in NEW's
/// order (removed items in OLD's order first).
template <class T, class Compare>
void diff_list(Collector& out, DiffSection section, const List<T>& before, const List<T>& after,
               Compare compare) {
  const auto old_items = by_id(before);
  const auto new_items = by_id(after);
  for (const T& item : before.items) {
    if (item.id.known() && !item.duplicate && !new_items.contains(*item.id)) {
      out.item(section, *item.id, ChangeKind::removed);
    }
  }
  for (const T& item : after.items) {
    if (!item.id.known() || item.duplicate) continue;
    const auto found = old_items.find(*item.id);
    if (found == old_items.end()) {
      out.item(section, *item.id, ChangeKind::added);
    } else {
      compare(*found->second, item);
    }
  }
}

void diff_goals(Collector& out, const Plan& a, const Plan& b) {
  const auto s = DiffSection::goals;
  diff_list(out, s, a.strategy.goals, b.strategy.goals, [&](const Goal& x, const Goal& y) {
    const std::string_view id = *y.id;
    out.value(s, id, "name", ChangeKind::renamed, show(x.name), show(y.name));
    out.date(s, id, "due", x.due.value, y.due.value, false);
    out.number(s, id, "target", x.target, y.target, ChangeKind::target_raised,
               ChangeKind::target_lowered);
    out.number(s, id, "actual", x.actual, y.actual, ChangeKind::progressed, ChangeKind::regressed);
    out.value(s, id, "metric", ChangeKind::changed, show(x.metric), show(y.metric));
    out.value(s, id, "ignore", ChangeKind::changed, show(x.ignore), show(y.ignore));
  });
}

void diff_stages(Collector& out, const Plan& a, const Plan& b) {
  const auto s = DiffSection::process;
  out.value(s, "", "process.name", ChangeKind::renamed, show(a.process.name), show(b.process.name));
  diff_list(out, s, a.process.stages, b.process.stages, [&](const Stage& x, const Stage& y) {
    const std::string_view id = *y.id;
    out.value(s, id, "name", ChangeKind::renamed, show(x.name), show(y.name));
    out.value(s, id, "probability", ChangeKind::value_changed, show(x.probability),
              show(y.probability));
    out.value(s, id, "max_days", ChangeKind::value_changed, show(x.max_days), show(y.max_days));
    out.value(s, id, "exit", ChangeKind::changed, show(x.exit), show(y.exit));
    out.value(s, id, "ignore", ChangeKind::changed, show(x.ignore), show(y.ignore));
  });
}

void diff_roles(Collector& out, const Plan& a, const Plan& b) {
  const auto s = DiffSection::roles;
  diff_list(out, s, a.roles, b.roles, [&](const Role& x, const Role& y) {
    const std::string_view id = *y.id;
    out.value(s, id, "name", ChangeKind::renamed, show(x.name), show(y.name));
    out.value(s, id, "people", ChangeKind::changed, show(x.people), show(y.people));
    out.value(s, id, "quota", ChangeKind::changed, show(x.quota), show(y.quota));
    out.value(s, id, "capacity", ChangeKind::changed, show_minutes(x.capacity),
              show_minutes(y.capacity));
    out.value(s, id, "ignore", ChangeKind::changed, show(x.ignore), show(y.ignore));
  });
}

void diff_tactics(Collector& out, const Plan& a, const Plan& b) {
  const auto s = DiffSection::tactics;
  const TacticalPlan& x_plan = a.tactical_plan;
  const TacticalPlan& y_plan = b.tactical_plan;
  out.value(s, "", "tactical_plan.name", ChangeKind::renamed, show(x_plan.name), show(y_plan.name));
  out.date(s, "", "tactical_plan.start", x_plan.start.value, y_plan.start.value, true);
  out.date(s, "", "tactical_plan.end", x_plan.end.value, y_plan.end.value, true);
  diff_list(out, s, x_plan.tactics, y_plan.tactics, [&](const Tactic& x, const Tactic& y) {
    const std::string_view id = *y.id;
    out.value(s, id, "title", ChangeKind::renamed, show(x.title), show(y.title));
    // The due date as it falls, written or derived: a `within` that moves it
    // is a slip, said once.
    out.date(s, id, "due", x.due_date, y.due_date, false);
    out.value(s, id, "owner", ChangeKind::reassigned, show(x.owner), show(y.owner));
    out.value(s, id, "assignee", ChangeKind::reassigned, show(x.assignee), show(y.assignee));
    out.number(s, id, "measure.target", x.measure.target, y.measure.target,
               ChangeKind::target_raised, ChangeKind::target_lowered);
    out.number(s, id, "measure.actual", x.measure.actual, y.measure.actual, ChangeKind::progressed,
               ChangeKind::regressed);
    out.value(s, id, "status", ChangeKind::status, std::string(to_string(x.state())),
              std::string(to_string(y.state())));
    out.value(s, id, "start", ChangeKind::changed, show(x.start), show(y.start));
    out.value(s, id, "after", ChangeKind::changed, show(x.after), show(y.after));
    if (x.due_date == y.due_date) {
      out.value(s, id, "within", ChangeKind::changed, show_days(x.within), show_days(y.within));
    }
    out.value(s, id, "supports", ChangeKind::changed, show(x.supports), show(y.supports));
    out.value(s, id, "stage", ChangeKind::changed, show(x.stage), show(y.stage));
    out.value(s, id, "repeat", ChangeKind::changed, show(x.repeat), show(y.repeat));
    out.value(s, id, "effort", ChangeKind::changed, show_minutes(x.effort), show_minutes(y.effort));
    out.value(s, id, "measure.metric", ChangeKind::changed, show(x.measure.metric),
              show(y.measure.metric));
    out.value(s, id, "done_on", ChangeKind::changed, show(x.done_on), show(y.done_on));
    out.value(s, id, "notes", ChangeKind::changed, show(x.notes), show(y.notes));
    out.value(s, id, "ignore", ChangeKind::changed, show(x.ignore), show(y.ignore));
  });
}

/// A stage's position in the process, or nothing.
std::optional<int> stage_index(const Plan& plan, std::string_view id) {
  const auto& stages = plan.process.stages.items;
  for (std::size_t i = 0; i < stages.size(); ++i) {
    if (stages[i].id.known() && *stages[i].id == id) return static_cast<int>(i);
  }
  return std::nullopt;
}

void diff_deals(Collector& out, const Plan& a, const Plan& b) {
  const auto s = DiffSection::deals;
  diff_list(out, s, a.deals, b.deals, [&](const Deal& x, const Deal& y) {
    const std::string_view id = *y.id;
    out.value(s, id, "name", ChangeKind::renamed, show(x.name), show(y.name));
    const std::string from = show(x.stage);
    const std::string to = show(y.stage);
    if (from != to) {
      Change c;
      c.section = s;
      c.kind = ChangeKind::stage_moved;
      c.id = std::string(id);
      c.key = "stage";
      c.before = from;
      c.after = to;
      const auto i = stage_index(b, from);
      const auto j = stage_index(b, to);
      if (i && j) c.stages = *j - *i;
      out.add(std::move(c));
    }
    out.value(s, id, "value", ChangeKind::value_changed, show(x.value), show(y.value));
    out.value(s, id, "owner", ChangeKind::reassigned, show(x.owner), show(y.owner));
    out.value(s, id, "assignee", ChangeKind::reassigned, show(x.assignee), show(y.assignee));
    out.value(s, id, "since", ChangeKind::changed, show(x.since), show(y.since));
    out.value(s, id, "close", ChangeKind::changed, show(x.close), show(y.close));
    out.value(s, id, "outcome", ChangeKind::changed, show(x.outcome), show(y.outcome));
    out.value(s, id, "closed_on", ChangeKind::changed, show(x.closed_on), show(y.closed_on));
    out.value(s, id, "ignore", ChangeKind::changed, show(x.ignore), show(y.ignore));
  });
}

std::string show(const Limits& limits) {
  return fmt::format("{}..{}", show(limits.min), show(limits.max));
}

std::string show(const std::vector<RuleSetting>& settings) {
  std::vector<std::string> out;
  out.reserve(settings.size());
  for (const RuleSetting& r : settings)
    out.push_back(fmt::format("{}: {}", r.rule, r.severity ? to_string(*r.severity) : "off"));
  return fmt::format("{}", fmt::join(out, ", "));
}

void diff_plan_keys(Collector& out, const Plan& a, const Plan& b) {
  const auto s = DiffSection::plan;
  out.value(s, "", "name", ChangeKind::renamed, show(a.name), show(b.name));
  out.value(s, "", "version", ChangeKind::changed, show(a.version), show(b.version));
  out.value(s, "", "as_of", ChangeKind::changed, show(a.as_of), show(b.as_of));
  out.value(s, "", "policy.strategy_years", ChangeKind::changed, show(a.policy.strategy_years),
            show(b.policy.strategy_years));
  out.value(s, "", "policy.tactical_months", ChangeKind::changed, show(a.policy.tactical_months),
            show(b.policy.tactical_months));
  out.value(s, "", "policy.rules", ChangeKind::changed, show(a.policy.rules), show(b.policy.rules));
}

void diff_strategy(Collector& out, const Plan& a, const Plan& b) {
  const auto s = DiffSection::strategy;
  out.value(s, "", "strategy.name", ChangeKind::renamed, show(a.strategy.name),
            show(b.strategy.name));
  out.value(s, "", "strategy.description", ChangeKind::changed, show(a.strategy.description),
            show(b.strategy.description));
  // The window as it falls: `start` defaults to the tactical plan's.
  const auto start = [](const Plan& p) {
    return p.strategy.start.present ? p.strategy.start.value : p.tactical_plan.start.value;
  };
  out.date(s, "", "strategy.start", start(a), start(b), true);
  out.date(s, "", "strategy.end", a.strategy.end.value, b.strategy.end.value, true);
}

// --- findings ---------------------------------------------------------------------

/// Where each item of a side lies: from its first key to the first line
/// after it indented less than that key (the next item's `-`, or the next
/// section), found once per item by the indentation of the lines.
class ItemIndex {
 public:
  ItemIndex(const SourceFile& source, const Plan& plan) : text_(source.text()) {
    add(plan.strategy.goals, "goals");
    add(plan.process.stages, "stages");
    add(plan.roles, "roles");
    add(plan.tactical_plan.tactics, "tactics");
    add(plan.deals, "deals");
    std::sort(ranges_.begin(), ranges_.end(),
              [](const Range& x, const Range& y) { return x.begin < y.begin; });
  }

  /// `tactics/<id>` of the item that holds `at`, or nothing.
  const std::string* item_at(Offset at) const {
    auto it = std::upper_bound(ranges_.begin(), ranges_.end(), at,
                               [](Offset x, const Range& r) { return x < r.begin; });
    if (it == ranges_.begin()) return nullptr;
    --it;
    return at < it->end ? &it->subject : nullptr;
  }

  /// The keys from the top of the document to the line holding `at`, by
  /// indentation (`strategy/end`); at most a few thousand lines up.
  std::string path_at(Offset at) const {
    std::size_t line = line_begin(std::min<std::size_t>(at, text_.size()));
    std::vector<std::string_view> keys;
    if (const auto k = key_of(line)) keys.push_back(*k);
    std::size_t indent = indentation(line);
    for (std::size_t looked = 0; line > 0 && indent > 0 && looked < 5000; ++looked) {
      line = line_begin(line - 1);
      const auto k = key_of(line);
      const std::size_t i = indentation(line);
      if (k && i < indent) {
        keys.push_back(*k);
        indent = i;
      }
    }
    std::reverse(keys.begin(), keys.end());
    return fmt::format("{}", fmt::join(keys, "/"));
  }

 private:
  struct Range {
    Offset begin;
    Offset end;
    std::string subject;
  };

  /// The start of the line that holds offset `at`.
  std::size_t line_begin(std::size_t at) const {
    if (at == 0) return 0;
    const std::size_t newline = text_.rfind('\n', at - 1);
    return newline == std::string::npos ? 0 : newline + 1;
  }

  /// Spaces, and a list item's `- `, before the line's first key or value.
  std::size_t indentation(std::size_t line_start) const {
    std::size_t i = line_start;
    while (i < text_.size() && text_[i] == ' ')
      ++i;
    if (i + 1 < text_.size() && text_[i] == '-' && text_[i + 1] == ' ') {
      ++i;
      while (i < text_.size() && text_[i] == ' ')
        ++i;
    }
    return i - line_start;
  }

  /// The key a line starts with (after its indentation and any `- `).
  std::optional<std::string_view> key_of(std::size_t line_start) const {
    const std::size_t begin = line_start + indentation(line_start);
    std::size_t end = begin;
    while (end < text_.size() && text_[end] != ':' && text_[end] != '\n' && text_[end] != '#' &&
           text_[end] != ' ')
      ++end;
    if (end == begin || end >= text_.size() || text_[end] != ':') return std::nullopt;
    return std::string_view(text_).substr(begin, end - begin);
  }

  template <class T>
  void add(const List<T>& list, std::string_view noun) {
    for (const T& item : list.items) {
      if (!item.id.known()) continue;
      const Offset begin = item.first_key.begin;
      ranges_.push_back(Range{begin, end_of(begin), fmt::format("{}/{}", noun, *item.id)});
    }
  }

  /// The end of the item whose first key is at `begin`.
  Offset end_of(Offset begin) const {
    const std::size_t column = begin - line_begin(begin);  // the key's indentation
    std::size_t at = text_.find('\n', begin);
    while (at != std::string::npos) {
      const std::size_t next = at + 1;
      std::size_t i = next;
      while (i < text_.size() && text_[i] == ' ')
        ++i;
      const bool blank = i >= text_.size() || text_[i] == '\n' || text_[i] == '#' ||
                         (text_[i] == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n');
      if (!blank && i - next < column) return static_cast<Offset>(next);
      at = text_.find('\n', next);
    }
    return static_cast<Offset>(text_.size());
  }

  std::string_view text_;
  std::vector<Range> ranges_;
};

/// A finding as diff matches it: its rule and what it is about.
struct FindingKey {
  std::string rule;
  std::string subject;
  friend bool operator==(const FindingKey&, const FindingKey&) = default;
};

struct FindingKeyHash {
  std::size_t operator()(const FindingKey& k) const {
    return std::hash<std::string>()(k.rule) * 31 + std::hash<std::string>()(k.subject);
  }
};

/// The findings of `side` that `other` does not have (counting repeats), as
/// changes of `kind_error` or `kind_warning`.
void diff_findings(Collector& out, const DiffSide& side, const std::vector<std::string>& subjects,
                   const DiffSide& other, const std::vector<std::string>& other_subjects,
                   bool is_new) {
  std::unordered_map<FindingKey, int, FindingKeyHash> remaining;
  const auto& theirs = other.checked->findings;
  for (std::size_t i = 0; i < theirs.size(); ++i)
    ++remaining[FindingKey{std::string(theirs[i].rule->name), other_subjects[i]}];
  const auto& mine = side.checked->findings;
  for (std::size_t i = 0; i < mine.size(); ++i) {
    const Finding& f = mine[i];
    int& left = remaining[FindingKey{std::string(f.rule->name), subjects[i]}];
    if (left > 0) {
      --left;
      continue;
    }
    Change c;
    c.section = DiffSection::findings;
    c.kind = !is_new                         ? ChangeKind::fixed
             : f.severity == Severity::error ? ChangeKind::new_error
                                             : ChangeKind::new_warning;
    c.rule = std::string(f.rule->name);
    c.subject = subjects[i];
    c.message = f.message;
    c.at = side.source->position(f.span.begin);
    out.add(std::move(c));
  }
}

DiffSummary summarise(const Plan& plan) {
  DiffSummary s;
  s.as_of = plan.today;
  if (!plan.today) return s;
  for (const Tactic& t : plan.tactical_plan.tactics.items) {
    if (!t.duplicate) s.tactics.add(assess(plan, t, *plan.today));
  }
  const Pipeline pipeline = build_pipeline(plan, *plan.today);
  s.pipeline = pipeline.value;
  s.forecast = pipeline.forecast;
  return s;
}

}  // namespace

std::vector<std::string> finding_subjects(const DiffSide& side) {
  const ItemIndex index(*side.source, side.checked->plan);
  std::vector<std::string> subjects;
  subjects.reserve(side.checked->findings.size());
  for (const Finding& f : side.checked->findings) {
    const std::string* item = index.item_at(f.span.begin);
    subjects.push_back(item ? *item : index.path_at(f.span.begin));
  }
  return subjects;
}

PlanDiff diff_plans(const DiffSide& old_side, const DiffSide& new_side) {
  PlanDiff diff;
  diff.old_path = old_side.source->path();
  diff.new_path = new_side.source->path();
  const Plan& a = old_side.checked->plan;
  const Plan& b = new_side.checked->plan;
  diff.before = summarise(a);
  diff.after = summarise(b);
  Collector out(diff);
  diff_plan_keys(out, a, b);
  diff_strategy(out, a, b);
  diff_goals(out, a, b);
  diff_stages(out, a, b);
  diff_roles(out, a, b);
  diff_tactics(out, a, b);
  diff_deals(out, a, b);
  const auto old_subjects = finding_subjects(old_side);
  const auto new_subjects = finding_subjects(new_side);
  diff_findings(out, new_side, new_subjects, old_side, old_subjects, true);
  diff_findings(out, old_side, old_subjects, new_side, new_subjects, false);
  return diff;
}

}  // namespace plan

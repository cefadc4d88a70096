// tree -> model: reads the YAML tree against the plan format (docs/format.md) and
// reports every structural finding (unknown-key, missing-field, invalid-value,
// invalid-date, duplicate-key) in one pass.

#include <algorithm>
#include <array>
#include <span>
#include <unordered_map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "load/scalar_forms.hpp"
#include "load/yaml_tree.hpp"
#include "plan/load.hpp"
#include "plan/rule.hpp"
#include "plan/suggest.hpp"

namespace plan {
namespace {

using load::kNoNode;
using load::Node;
using load::NodeKind;
using load::YamlTree;

constexpr std::string_view kUnknownKey = "unknown-key";
constexpr std::string_view kMissingField = "missing-field";
constexpr std::string_view kInvalidValue = "invalid-value";
constexpr std::string_view kInvalidDate = "invalid-date";
constexpr std::string_view kDuplicateKey = "duplicate-key";

/// A node as seen from where it is used: inside an alias's content every
/// position is the alias's, so a finding there points at the alias.
struct View {
  const Node* node = nullptr;
  std::optional<Span> via_alias;

  NodeKind kind() const { return node->kind; }
  Span span() const { return via_alias ? *via_alias : node->span; }
  bool is_scalar() const { return node->kind == NodeKind::scalar; }
  bool is_null() const { return node->kind == NodeKind::null; }
};

/// One key and its value in a mapping.
struct Entry {
  std::string_view key;
  Span key_span;
  View value;
};

std::string_view describe(const View& v) {
  switch (v.kind()) {
    case NodeKind::sequence:
      return "a list";
    case NodeKind::mapping:
      return "a mapping";
    case NodeKind::null:
      return "nothing";
    default:
      return "a single value";
  }
}

/// The first occurrence of each key of one mapping, to find repeats: a
/// linear scan over an inline array for the few keys a plan's mappings have,
/// a hash map past that (a hostile mapping with a million keys stays linear).
class FirstKeys {
 public:
  /// The span of the key's first occurrence, or nullptr after recording this one as the first.
  const Span* find_or_add(std::string_view name, Span at) {
    if (index_.empty()) {
      for (std::size_t i = 0; i < count_; ++i) {
        if (small_[i].first == name) return &small_[i].second;
      }
      if (count_ < small_.size()) {
        small_[count_++] = {name, at};
        return nullptr;
      }
      index_.insert(small_.begin(), small_.end());
    }
    const auto [it, inserted] = index_.emplace(name, at);
    return inserted ? nullptr : &it->second;
  }

 private:
  std::array<std::pair<std::string_view, Span>, 32> small_;
  std::size_t count_ = 0;
  std::unordered_map<std::string_view, Span> index_;
};

class Reader;

/// One key of a mapping in the plan format: its name, whether it is
/// required, and how its value is read into the model.
template <class T>
struct KeySpec {
  std::string_view name;
  bool required;
  void (*read)(Reader&, const Entry&, T&);
};

class Reader {
 public:
  Reader(const YamlTree& tree, std::vector<Finding>& out) : tree_(tree), out_(out) {}

  View view(std::uint32_t index, const std::optional<Span>& via) const {
    const Node& node = tree_[index];
    if (node.kind == NodeKind::alias) return View{&tree_[node.a], via ? via : node.span};
    return View{&node, via};
  }

  std::string_view text(const View& v) const { return tree_.text(*v.node); }

  void report(std::string_view rule, Span at, std::string message, std::vector<Note> notes = {}) {
    out_.push_back(Finding{rule, Severity::error, at, std::move(message), std::move(notes)});
  }

  /// Where a finding about a value points: a scalar itself, a collection its key.
  static Span value_span(const Entry& e) {
    return e.value.is_scalar() ? e.value.span() : e.key_span;
  }

  void invalid(const Entry& e, std::string message) {
    report(kInvalidValue, value_span(e), std::move(message));
  }

  /// What reading a mapping found: its first key and the required keys it lacks.
  struct MappingRead {
    std::optional<Span> first_key;
    std::vector<std::string_view> missing;
  };

  /// Reads the keys of a mapping into `out`; unknown keys are reported as in `what`.
  template <class T>
  MappingRead read_mapping(const View& map, std::span<const KeySpec<T>> keys, T& out,
                           std::string_view what) {
    std::array<bool, 32> seen{};
    MappingRead result;
    for_each_entry(map, [&](const Entry& e) {
      if (!result.first_key) result.first_key = e.key_span;
      const auto spec = std::find_if(keys.begin(), keys.end(),
                                     [&](const KeySpec<T>& k) { return k.name == e.key; });
      if (spec == keys.end()) {
        unknown_key(e, keys, what);
        return;
      }
      if (e.value.is_null()) return;  // empty: treated as absent
      seen[static_cast<std::size_t>(spec - keys.begin())] = true;
      spec->read(*this, e, out);
    });
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (keys[i].required && !seen[i]) result.missing.push_back(keys[i].name);
    }
    return result;
  }

  /// One missing-field per required key the mapping lacks, all at `at`.
  void report_missing(const MappingRead& read, Span at, std::string_view what) {
    for (const std::string_view key : read.missing) {
      report(kMissingField, at, fmt::format("missing required key `{}` in {}", key, what));
    }
  }

  /// Calls `fn` for each entry of a mapping, after reporting duplicate and
  /// non-scalar keys and skipping `x-` keys.
  template <class Fn>
  void for_each_entry(const View& map, Fn&& fn) {
    FirstKeys seen;
    std::uint32_t child = map.node->a;
    while (child != kNoNode) {
      const View key = view(child, map.via_alias);
      const std::uint32_t value_index = tree_[child].next;
      if (value_index == kNoNode) break;
      const View value = view(value_index, map.via_alias);
      child = tree_[value_index].next;
      if (!key.is_scalar()) {
        report(
            kUnknownKey, key.span(),
            fmt::format("a key must be a name, not {}", key.is_null() ? "empty" : describe(key)));
        continue;
      }
      const std::string_view name = text(key);
      const Span key_span = key.span();
      const Span* first = seen.find_or_add(name, key_span);
      if (first) {
        report(kDuplicateKey, key_span,
               fmt::format("duplicate key `{}`; only the first one is read, so remove or rename "
                           "this one",
                           name),
               {Note{*first, "first given here"}});
        continue;
      }
      if (name.starts_with("x-")) continue;
      fn(Entry{name, key_span, value});
    }
  }

  template <class T>
  void unknown_key(const Entry& e, std::span<const KeySpec<T>> keys, std::string_view what) {
    std::vector<std::string_view> names;
    for (const auto& k : keys)
      names.push_back(k.name);
    std::string message = fmt::format("unknown key `{}` in {}", e.key, what);
    if (const auto match = closest_match(e.key, names)) {
      message += fmt::format("; did you mean `{}`?", *match);
    } else {
      message += fmt::format("; expected one of: {} (or a key starting with `x-`)",
                             fmt::join(names, ", "));
    }
    report(kUnknownKey, e.key_span, std::move(message));
  }

  // --- scalar readers --------------------------------------------------------

  template <class T>
  static void locate(const Entry& e, Field<T>& f) {
    f.key = e.key_span;
    f.at = value_span(e);
    f.present = true;
  }

  void read_text(const Entry& e, Field<std::string>& f) {
    locate(e, f);
    if (!e.value.is_scalar()) {
      invalid(e, fmt::format("`{}` must be text, not {}", e.key, describe(e.value)));
      return;
    }
    f.value = std::string(text(e.value));
  }

  void read_id(const Entry& e, Field<std::string>& f) {
    locate(e, f);
    if (!e.value.is_scalar()) {
      invalid(e, fmt::format("`{}` must be an id, not {}", e.key, describe(e.value)));
      return;
    }
    const std::string_view id = text(e.value);
    if (!load::is_valid_id(id)) {
      invalid(e, fmt::format("`{}` is not a valid id; use ASCII letters, digits, `-`, `_` and `.`, "
                             "starting with a letter or digit",
                             id));
      return;
    }
    f.value = std::string(id);
  }

  /// A number: a plain, untagged scalar in the strict form of docs/format.md, "Value forms".
  std::optional<double> number(const Entry& e, std::string_view expected) {
    if (!e.value.is_scalar()) {
      invalid(e, fmt::format("`{}` must be {}, not {}", e.key, expected, describe(e.value)));
      return std::nullopt;
    }
    const std::string_view t = text(e.value);
    if (!e.value.node->plain) {
      invalid(e, fmt::format("`{}` must be {}; `{}` is quoted or tagged, so it is text: remove the "
                             "quotes",
                             e.key, expected, t));
      return std::nullopt;
    }
    const auto n = load::parse_number(t);
    if (!n) {
      invalid(e, fmt::format("`{}` must be {}, like 12 or 0.25; got `{}`", e.key, expected, t));
    }
    return n;
  }

  void read_number(const Entry& e, Field<double>& f) {
    locate(e, f);
    f.value = number(e, "a number");
  }

  void read_number_in(const Entry& e, Field<double>& f, double low, std::optional<double> high,
                      std::string_view expected) {
    locate(e, f);
    const auto n = number(e, expected);
    if (!n) return;
    if (*n < low || (high && *n > *high)) {
      invalid(e, fmt::format("`{}` must be {}; got {}", e.key, expected, text(e.value)));
      return;
    }
    f.value = n;
  }

  void read_positive_int(const Entry& e, Field<int>& f) {
    locate(e, f);
    const auto n = number(e, "a positive whole number");
    if (!n) return;
    const auto i = load::parse_integer(text(e.value));
    if (!i || *i <= 0) {
      invalid(e, fmt::format("`{}` must be a positive whole number; got {}", e.key, text(e.value)));
      return;
    }
    f.value = i;
  }

  void read_date(const Entry& e, Field<Date>& f) {
    locate(e, f);
    if (!e.value.is_scalar()) {
      invalid(e, fmt::format("`{}` must be a date (YYYY-MM-DD), not {}", e.key, describe(e.value)));
      return;
    }
    const std::string_view t = text(e.value);
    f.value = parse_date(t);
    if (f.value) return;
    const bool shaped =
        t.size() == 10 && t[4] == '-' && t[7] == '-' &&
        std::all_of(t.begin(), t.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
    report(kInvalidDate, e.value.span(),
           shaped ? fmt::format("`{}` is not a date on the calendar", t)
                  : fmt::format("`{}` is not a date; write dates as YYYY-MM-DD", t));
  }

  template <class E, std::size_t N>
  void read_enum(const Entry& e, Field<E>& f, const std::array<std::string_view, N>& names) {
    locate(e, f);
    const std::string choices = fmt::format("{}", fmt::join(names, ", "));
    if (!e.value.is_scalar()) {
      invalid(e, fmt::format("`{}` must be one of {}, not {}", e.key, choices, describe(e.value)));
      return;
    }
    const std::string_view t = text(e.value);
    for (std::size_t i = 0; i < N; ++i) {
      if (names[i] == t) {
        f.value = static_cast<E>(i);
        return;
      }
    }
    invalid(e, fmt::format("`{}` must be one of {}; got `{}`{}", e.key, choices, t,
                           did_you_mean(t, names)));
  }

  void read_duration(const Entry& e, Field<int>& f, std::optional<int> (*parse)(std::string_view),
                     std::string_view forms) {
    locate(e, f);
    if (!e.value.is_scalar()) {
      invalid(e, fmt::format("`{}` must be a duration such as {}, not {}", e.key, forms,
                             describe(e.value)));
      return;
    }
    f.value = parse(text(e.value));
    if (!f.value) {
      invalid(e, fmt::format("`{}` must be a duration such as {}; got `{}`", e.key, forms,
                             text(e.value)));
    }
  }

  void read_ref(const Entry& e, Field<Ref>& f, std::string_view expected) {
    locate(e, f);
    if (!e.value.is_scalar()) {
      invalid(e, fmt::format("`{}` must be {}, not {}", e.key, expected, describe(e.value)));
      return;
    }
    f.value = Ref{std::string(text(e.value)), e.value.span(), -1};
  }

  /// A list of scalars; one scalar stands for a list of one. Empty items are skipped.
  template <class Fn>
  void for_each_scalar(const Entry& e, std::string_view expected, Fn&& fn) {
    if (e.value.is_scalar()) {
      fn(text(e.value), e.value.span());
      return;
    }
    if (e.value.kind() != NodeKind::sequence) {
      invalid(e, fmt::format("`{}` must be {} or a list of them, not {}", e.key, expected,
                             describe(e.value)));
      return;
    }
    for (std::uint32_t child = e.value.node->a; child != kNoNode; child = tree_[child].next) {
      const View item = view(child, e.value.via_alias);
      if (item.is_null()) continue;
      if (!item.is_scalar()) {
        report(
            kInvalidValue, item.span(),
            fmt::format("each item of `{}` must be {}, not {}", e.key, expected, describe(item)));
        continue;
      }
      fn(text(item), item.span());
    }
  }

  void read_refs(const Entry& e, RefList& list, std::string_view expected) {
    list.key = e.key_span;
    for_each_scalar(e, expected, [&](std::string_view id, Span at) {
      list.refs.push_back(Ref{std::string(id), at, -1});
    });
    list.present = !list.refs.empty();
  }

  void read_texts(const Entry& e, std::vector<Text>& out) {
    for_each_scalar(e, "a name", [&](std::string_view t, Span at) {
      out.push_back(Text{std::string(t), at});
    });
  }

  void read_ignore(const Entry& e, Item& item) {
    for_each_scalar(e, "a rule name", [&](std::string_view name, Span at) {
      const Rule* rule = find_rule(name);
      if (!rule) {
        report(kInvalidValue, at,
               fmt::format("`{}` is not a rule{}", name, did_you_mean(name, rule_names())));
      } else if (rule->structural) {
        report(kInvalidValue, at,
               fmt::format("`{}` is a structural rule and cannot be ignored", name));
      } else {
        item.ignore.emplace_back(name);
      }
    });
  }

  /// A nested mapping such as `strategy`; returns false when it is not a mapping.
  template <class T>
  bool read_section(const Entry& e, std::span<const KeySpec<T>> keys, T& out, std::string_view what,
                    std::string_view holds) {
    if (e.value.kind() != NodeKind::mapping) {
      invalid(e, fmt::format("`{}` must be a mapping with {}, not {}", e.key, holds,
                             describe(e.value)));
      return false;
    }
    const MappingRead read = read_mapping(e.value, keys, out, what);
    report_missing(read, read.first_key.value_or(e.key_span), what);
    return true;
  }

  /// A list of mappings such as `tactics`.
  template <class T>
  void read_items(const Entry& e, List<T>& list, std::span<const KeySpec<T>> keys,
                  std::string_view noun, std::size_t min_items,
                  void (*finish)(Reader&, T&) = nullptr) {
    list.key = e.key_span;
    list.present = true;
    if (e.value.kind() != NodeKind::sequence) {
      invalid(e, fmt::format("`{}` must be a list of {}s (`- id: ...`), not {}", e.key, noun,
                             describe(e.value)));
      return;
    }
    list.is_list = true;
    list.items.reserve(e.value.node->b);  // items are large: never copy them to grow
    const std::string unknown_in = fmt::format("a {}", noun);
    std::size_t count = 0;
    for (std::uint32_t child = e.value.node->a; child != kNoNode; child = tree_[child].next) {
      ++count;
      const View item = view(child, e.value.via_alias);
      if (item.kind() != NodeKind::mapping) {
        report(kInvalidValue, item.span(),
               fmt::format("each item of `{}` must be a {} (a mapping with `id: ...`), not {}",
                           e.key, noun, describe(item)));
        continue;
      }
      T& out = list.items.emplace_back();
      const MappingRead read = read_mapping(item, keys, out, unknown_in);
      out.first_key = read.first_key.value_or(item.span());
      if (!read.missing.empty()) {
        report_missing(
            read, out.first_key,
            out.id.known() ? fmt::format("{} `{}`", noun, *out.id) : fmt::format("this {}", noun));
      }
      if (finish) finish(*this, out);
    }
    if (count < min_items) {
      report(kMissingField, e.key_span,
             min_items == 1 ? fmt::format("`{}` needs at least one {}; it is empty", e.key, noun)
                            : fmt::format("`{}` needs at least {} {}s; it has {}", e.key, min_items,
                                          noun, count));
    }
  }

  void read_limits(const Entry& e, Limits& limits, std::string_view unit);
  void read_rule_settings(const Entry& e, std::vector<RuleSetting>& out);

 private:
  const YamlTree& tree_;
  std::vector<Finding>& out_;
};

// --- the plan format, one table per mapping ---------------------------------

constexpr std::array<std::string_view, 4> kRepeatNames = {"daily", "weekdays", "weekly", "monthly"};
constexpr std::array<std::string_view, 5> kStatusNames = {"todo", "doing", "done", "blocked",
                                                          "dropped"};

template <class T>
void read_id(Reader& r, const Entry& e, T& item) {
  r.read_id(e, item.id);
}
template <class T>
void read_ignore(Reader& r, const Entry& e, T& item) {
  r.read_ignore(e, item);
}

const KeySpec<Goal> kGoalKeys[] = {
    {"id", true, read_id<Goal>},
    {"name", true, [](Reader& r, const Entry& e, Goal& g) { r.read_text(e, g.name); }},
    {"metric", false, [](Reader& r, const Entry& e, Goal& g) { r.read_text(e, g.metric); }},
    {"target", false, [](Reader& r, const Entry& e, Goal& g) { r.read_number(e, g.target); }},
    {"actual", false, [](Reader& r, const Entry& e, Goal& g) { r.read_number(e, g.actual); }},
    {"due", false, [](Reader& r, const Entry& e, Goal& g) { r.read_date(e, g.due); }},
    {"ignore", false, read_ignore<Goal>},
};

const KeySpec<Strategy> kStrategyKeys[] = {
    {"name", true, [](Reader& r, const Entry& e, Strategy& s) { r.read_text(e, s.name); }},
    {"description", false,
     [](Reader& r, const Entry& e, Strategy& s) { r.read_text(e, s.description); }},
    {"start", false, [](Reader& r, const Entry& e, Strategy& s) { r.read_date(e, s.start); }},
    {"end", true, [](Reader& r, const Entry& e, Strategy& s) { r.read_date(e, s.end); }},
    {"goals", true,
     [](Reader& r, const Entry& e, Strategy& s) {
       r.read_items<Goal>(e, s.goals, kGoalKeys, "goal", 1);
     }},
};

const KeySpec<Stage> kStageKeys[] = {
    {"id", true, read_id<Stage>},
    {"name", true, [](Reader& r, const Entry& e, Stage& s) { r.read_text(e, s.name); }},
    {"exit", false, [](Reader& r, const Entry& e, Stage& s) { r.read_text(e, s.exit); }},
    {"probability", false,
     [](Reader& r, const Entry& e, Stage& s) {
       r.read_number_in(e, s.probability, 0, 1, "a number from 0 to 1");
     }},
    {"max_days", false,
     [](Reader& r, const Entry& e, Stage& s) { r.read_positive_int(e, s.max_days); }},
    {"ignore", false, read_ignore<Stage>},
};

const KeySpec<Process> kProcessKeys[] = {
    {"name", true, [](Reader& r, const Entry& e, Process& p) { r.read_text(e, p.name); }},
    {"stages", true,
     [](Reader& r, const Entry& e, Process& p) {
       r.read_items<Stage>(e, p.stages, kStageKeys, "stage", 2);
     }},
};

const KeySpec<Role> kRoleKeys[] = {
    {"id", true, read_id<Role>},
    {"name", true, [](Reader& r, const Entry& e, Role& role) { r.read_text(e, role.name); }},
    {"people", false,
     [](Reader& r, const Entry& e, Role& role) {
       role.people_key = e.key_span;
       r.read_texts(e, role.people);
     }},
    {"ignore", false, read_ignore<Role>},
};

const KeySpec<Measure> kMeasureKeys[] = {
    {"metric", true, [](Reader& r, const Entry& e, Measure& m) { r.read_text(e, m.metric); }},
    {"target", false, [](Reader& r, const Entry& e, Measure& m) { r.read_number(e, m.target); }},
    {"actual", false, [](Reader& r, const Entry& e, Measure& m) { r.read_number(e, m.actual); }},
};

const KeySpec<Tactic> kTacticKeys[] = {
    {"id", true, read_id<Tactic>},
    {"title", true, [](Reader& r, const Entry& e, Tactic& t) { r.read_text(e, t.title); }},
    {"owner", true,
     [](Reader& r, const Entry& e, Tactic& t) { r.read_ref(e, t.owner, "a role id"); }},
    {"assignee", false, [](Reader& r, const Entry& e, Tactic& t) { r.read_text(e, t.assignee); }},
    {"start", false, [](Reader& r, const Entry& e, Tactic& t) { r.read_date(e, t.start); }},
    {"due", false, [](Reader& r, const Entry& e, Tactic& t) { r.read_date(e, t.due); }},
    {"after", false,
     [](Reader& r, const Entry& e, Tactic& t) { r.read_refs(e, t.after, "a tactic id"); }},
    {"within", false,
     [](Reader& r, const Entry& e, Tactic& t) {
       r.read_duration(e, t.within, load::parse_days, "5d, 2w or 1w2d");
     }},
    {"supports", false,
     [](Reader& r, const Entry& e, Tactic& t) { r.read_refs(e, t.supports, "a goal id"); }},
    {"stage", false,
     [](Reader& r, const Entry& e, Tactic& t) { r.read_ref(e, t.stage, "a stage id"); }},
    {"repeat", false,
     [](Reader& r, const Entry& e, Tactic& t) { r.read_enum(e, t.repeat, kRepeatNames); }},
    {"effort", false,
     [](Reader& r, const Entry& e, Tactic& t) {
       r.read_duration(e, t.effort, load::parse_minutes, "1h, 90m or 1h30m");
     }},
    {"measure", false,
     [](Reader& r, const Entry& e, Tactic& t) {
       // Written is present, valid or not (like any other key): no unmeasurable-tactic on top.
       t.measure.key = e.key_span;
       t.measure.present = true;
       r.read_section<Measure>(e, kMeasureKeys, t.measure, "the measure", "metric, target, actual");
     }},
    {"status", false,
     [](Reader& r, const Entry& e, Tactic& t) { r.read_enum(e, t.status, kStatusNames); }},
    {"done_on", false, [](Reader& r, const Entry& e, Tactic& t) { r.read_date(e, t.done_on); }},
    {"notes", false, [](Reader& r, const Entry& e, Tactic& t) { r.read_text(e, t.notes); }},
    {"ignore", false, read_ignore<Tactic>},
};

/// The rules between a tactic's keys: `within` needs `after` and excludes `due`;
/// `due` is required unless `after` and `within` give it.
void finish_tactic(Reader& r, Tactic& t) {
  if (t.within.present) {
    std::string problem;
    if (!t.after.present) {
      problem =
          "`within` counts from the tactics in `after`, and this tactic has no `after`; add "
          "`after: [tactic-id]` or give `due` instead";
    } else if (t.due.present) {
      problem =
          "give either `due` or `within`, not both: `within` derives the due date from "
          "`after`";
    }
    if (!problem.empty()) {
      r.report(kInvalidValue, t.within.at, std::move(problem));
      t.within = Field<int>{};  // ignored from here on
    }
  }
  if (!t.due.present && !t.within.present) {
    const std::string what =
        t.id.known() ? fmt::format("tactic `{}`", *t.id) : std::string("this tactic");
    r.report(kMissingField, t.first_key,
             fmt::format("missing required key `due` in {}; give `due`, or `after` with `within`",
                         what));
  }
}

const KeySpec<TacticalPlan> kTacticalPlanKeys[] = {
    {"name", false, [](Reader& r, const Entry& e, TacticalPlan& p) { r.read_text(e, p.name); }},
    {"start", true, [](Reader& r, const Entry& e, TacticalPlan& p) { r.read_date(e, p.start); }},
    {"end", true, [](Reader& r, const Entry& e, TacticalPlan& p) { r.read_date(e, p.end); }},
    {"tactics", true,
     [](Reader& r, const Entry& e, TacticalPlan& p) {
       r.read_items<Tactic>(e, p.tactics, kTacticKeys, "tactic", 1, finish_tactic);
     }},
};

const KeySpec<Deal> kDealKeys[] = {
    {"id", true, read_id<Deal>},
    {"name", true, [](Reader& r, const Entry& e, Deal& d) { r.read_text(e, d.name); }},
    {"value", true,
     [](Reader& r, const Entry& e, Deal& d) {
       r.read_number_in(e, d.value, 0, std::nullopt, "a number of at least 0");
     }},
    {"stage", true,
     [](Reader& r, const Entry& e, Deal& d) { r.read_ref(e, d.stage, "a stage id"); }},
    {"owner", false,
     [](Reader& r, const Entry& e, Deal& d) { r.read_ref(e, d.owner, "a role id"); }},
    {"assignee", false, [](Reader& r, const Entry& e, Deal& d) { r.read_text(e, d.assignee); }},
    {"since", false, [](Reader& r, const Entry& e, Deal& d) { r.read_date(e, d.since); }},
    {"ignore", false, read_ignore<Deal>},
};

const KeySpec<Limits> kLimitKeys[] = {
    {"min", false, [](Reader& r, const Entry& e, Limits& l) { r.read_positive_int(e, l.min); }},
    {"max", false, [](Reader& r, const Entry& e, Limits& l) { r.read_positive_int(e, l.max); }},
};

void Reader::read_limits(const Entry& e, Limits& limits, std::string_view unit) {
  const int default_low = limits.low;
  const int default_high = limits.high;
  if (!read_section<Limits>(e, kLimitKeys, limits, fmt::format("`{}`", e.key), "min and max")) {
    return;
  }
  if (limits.min.known()) limits.low = *limits.min;
  if (limits.max.known()) limits.high = *limits.max;
  if (limits.low > limits.high) {
    // Reported at `max`, or at the one limit written when the other is its default.
    if (limits.max.known()) {
      report(kInvalidValue, limits.max.at,
             fmt::format("`max` ({} {}) is below {} ({} {}); the defaults {} to {} {} apply",
                         *limits.max, unit, limits.min.known() ? "`min`" : "the default `min`",
                         limits.low, unit, default_low, default_high, unit));
    } else if (limits.min.known()) {
      report(kInvalidValue, limits.min.at,
             fmt::format("`min` ({} {}) is above the default `max` ({} {}); give `max` too, or "
                         "the defaults {} to {} {} apply",
                         *limits.min, unit, default_high, unit, default_low, default_high, unit));
    }
    limits.low = default_low;
    limits.high = default_high;
  }
}

void Reader::read_rule_settings(const Entry& e, std::vector<RuleSetting>& out) {
  if (e.value.kind() != NodeKind::mapping) {
    invalid(e, fmt::format("`rules` must be a mapping of rule names to error, warning or off, "
                           "not {}",
                           describe(e.value)));
    return;
  }
  constexpr std::array<std::string_view, 3> kLevels = {"error", "warning", "off"};
  for_each_entry(e.value, [&](const Entry& setting) {
    const Rule* rule = find_rule(setting.key);
    if (!rule) {
      report(kUnknownKey, setting.key_span,
             fmt::format("`{}` is not a rule{}", setting.key,
                         did_you_mean(setting.key, rule_names())));
      return;
    }
    if (setting.value.is_null()) return;
    const std::string_view level = setting.value.is_scalar() ? text(setting.value) : "";
    const auto found = std::find(kLevels.begin(), kLevels.end(), level);
    if (found == kLevels.end()) {
      invalid(setting, fmt::format("a rule's level must be error, warning or off; got {}{}",
                                   setting.value.is_scalar() ? fmt::format("`{}`", level)
                                                             : std::string(describe(setting.value)),
                                   did_you_mean(level, kLevels)));
      return;
    }
    if (rule->structural) {
      invalid(setting,
              fmt::format("`{}` is a structural rule; its level cannot be changed", setting.key));
      return;
    }
    RuleSetting s{std::string(setting.key), std::nullopt, setting.value.span()};
    if (*found == "error") s.severity = Severity::error;
    if (*found == "warning") s.severity = Severity::warning;
    out.push_back(std::move(s));
  });
}

const KeySpec<Policy> kPolicyKeys[] = {
    {"strategy_years", false,
     [](Reader& r, const Entry& e, Policy& p) { r.read_limits(e, p.strategy_years, "years"); }},
    {"tactical_months", false,
     [](Reader& r, const Entry& e, Policy& p) { r.read_limits(e, p.tactical_months, "months"); }},
    {"rules", false,
     [](Reader& r, const Entry& e, Policy& p) { r.read_rule_settings(e, p.rules); }},
};

const KeySpec<Plan> kPlanKeys[] = {
    {"version", false,
     [](Reader& r, const Entry& e, Plan& p) {
       Reader::locate(e, p.version);
       const auto n = r.number(e, "the format version 1");
       if (!n) return;
       if (*n != 1) {
         r.invalid(e, fmt::format("unsupported format version `{}`; this version of plan reads "
                                  "version 1",
                                  r.text(e.value)));
         return;
       }
       p.version.value = 1;
     }},
    {"name", true, [](Reader& r, const Entry& e, Plan& p) { r.read_text(e, p.name); }},
    {"as_of", false, [](Reader& r, const Entry& e, Plan& p) { r.read_date(e, p.as_of); }},
    {"strategy", true,
     [](Reader& r, const Entry& e, Plan& p) {
       p.strategy.present = r.read_section<Strategy>(e, kStrategyKeys, p.strategy, "the strategy",
                                                     "name, end and goals");
     }},
    {"process", true,
     [](Reader& r, const Entry& e, Plan& p) {
       r.read_section<Process>(e, kProcessKeys, p.process, "the process", "name and stages");
     }},
    {"roles", true,
     [](Reader& r, const Entry& e, Plan& p) {
       r.read_items<Role>(e, p.roles, kRoleKeys, "role", 1);
     }},
    {"tactical_plan", true,
     [](Reader& r, const Entry& e, Plan& p) {
       r.read_section<TacticalPlan>(e, kTacticalPlanKeys, p.tactical_plan, "the tactical plan",
                                    "start, end and tactics");
     }},
    {"deals", false,
     [](Reader& r, const Entry& e, Plan& p) {
       r.read_items<Deal>(e, p.deals, kDealKeys, "deal", 0);
     }},
    {"policy", false,
     [](Reader& r, const Entry& e, Plan& p) {
       r.read_section<Policy>(e, kPolicyKeys, p.policy, "the policy",
                              "strategy_years, tactical_months or rules");
     }},
};

}  // namespace

LoadResult load_plan(const SourceFile& source) {
  LoadResult result;
  load::ParsedYaml parsed = load::parse_yaml(source.text());
  if (parsed.error) {
    result.findings.push_back(std::move(*parsed.error));
    result.document_ok = false;
    return result;
  }
  Reader reader(parsed.tree, result.findings);
  const View root = reader.view(parsed.tree.root(), std::nullopt);
  const auto read = reader.read_mapping<Plan>(root, kPlanKeys, result.plan, "the plan");
  reader.report_missing(read, Span{0, 0}, "the plan");
  return result;
}

}  // namespace plan

#pragma once
// A reader over the YAML tree for a format made of mappings, lists and
// scalars: views of its nodes, the entries of a mapping, typed scalars, and the
// findings any such format draws (unknown-key, duplicate-key, missing-field,
// invalid-value, invalid-date), worded the same way everywhere. Which keys a
// mapping has and what they mean is the format's (plan_format.cpp).

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "load/load_rules.hpp"
#include "load/value_hints.hpp"
#include "load/yaml_tree.hpp"
#include "plan/model/finding.hpp"
#include "plan/model/model.hpp"

namespace plan::load {

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
  /// A number with a thousands comma in a `{...}` mapping (`{value: 190,000}`),
  /// which YAML splits into `190` and a key `000`: the whole text as written
  /// and its span, read as one value that is not a number; else empty.
  std::string_view joined;
  Span joined_span;
  /// The value drew a finding already (a tag of the writer's own): the key
  /// is present, its value unknown and not read.
  bool value_reported = false;
};

/// "a list", "a mapping", "nothing" or "a single value", for messages.
std::string_view describe(const View& v);

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

/// One key of a mapping in a format: its name, whether it is required, and
/// how a reader of type `R` reads its value into a `T`.
template <class R, class T>
struct KeySpec {
  std::string_view name;
  bool required;
  void (*read)(R&, const Entry&, T&);
};

/// What reading a mapping found: its first key and the required keys it lacks.
struct MappingRead {
  std::optional<Span> first_key;
  std::vector<std::string_view> missing;
};

/// Reads one YAML tree, adding every finding to `out` as it goes. A format
/// derives from it to add what its own keys need (see KeySpec's `R`).
class Reader {
 public:
  Reader(const YamlTree& tree, std::vector<Finding>& out) : tree_(tree), out_(out) {}

  /// The document's root node.
  View root() const { return view(tree_.root(), std::nullopt); }

  std::string_view text(const View& v) const { return tree_.text(*v.node); }

  /// Adds a finding of `rule`, an error.
  void report(const Rule& rule, Span at, std::string message, std::vector<Note> notes = {});

  /// Where a finding about a value points: a scalar itself, a collection its key.
  static Span value_span(const Entry& e) {
    if (!e.joined.empty()) return e.joined_span;
    return e.value.is_scalar() ? e.value.span() : e.key_span;
  }

  /// An invalid-value about the entry's value.
  void invalid(const Entry& e, std::string message);

  /// One missing-field per required key the mapping lacks, all at `at`.
  void report_missing(const MappingRead& read, Span at, std::string_view what);

  /// An unknown-key for `e`, with the closest of `names` or all of them.
  void unknown_key(const Entry& e, std::span<const std::string_view> names, std::string_view what);

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
      const bool reported = tag_mistake(value, name);
      Span joined_span;
      const std::uint32_t after = join_thousands(value, child, joined_span);
      const std::string_view joined =
          after == child ? std::string_view() : tree_.source_text(joined_span);
      child = after;
      fn(Entry{name, key_span, value, joined, joined_span, reported});
    }
  }

  /// Calls `fn` with the view of each item of a list.
  template <class Fn>
  void for_each_item(const View& list, Fn&& fn) {
    for (std::uint32_t child = list.node->a; child != kNoNode; child = tree_[child].next) {
      fn(view(child, list.via_alias));
    }
  }

  // --- scalars ---------------------------------------------------------------

  /// Marks a field as written, at its key and value.
  template <class T>
  static void locate(const Entry& e, Field<T>& f) {
    f.key = e.key_span;
    f.at = value_span(e);
    f.present = true;
  }

  void read_text(const Entry& e, Field<std::string>& f);
  void read_id(const Entry& e, Field<std::string>& f);
  /// A number: a plain, untagged scalar in the strict form docs/format.md
  /// gives; when it is not, the message says what to write instead.
  std::optional<double> number(const Entry& e, NumberForm form);
  void read_number(const Entry& e, Field<double>& f);
  void read_number_in(const Entry& e, Field<double>& f, double low, std::optional<double> high,
                      std::string_view expected);
  void read_positive_int(const Entry& e, Field<int>& f);
  void read_date(const Entry& e, Field<Date>& f);
  void read_duration(const Entry& e, Field<int>& f, std::optional<int> (*parse)(std::string_view),
                     std::string_view forms);
  void read_ref(const Entry& e, Field<Ref>& f, std::string_view expected);

  /// One of `names`, read as the enum value of the same position.
  template <class E, std::size_t N>
  void read_enum(const Entry& e, Field<E>& f, const std::array<std::string_view, N>& names) {
    locate(e, f);
    if (const auto i = choice(e, names)) f.value = static_cast<E>(*i);
  }
  /// The position of the entry's value in `names`; reports invalid-value when it is none.
  std::optional<std::size_t> choice(const Entry& e, std::span<const std::string_view> names);

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
    for_each_item(e.value, [&](const View& item) {
      if (item.is_null() || tag_mistake(item, {})) return;
      if (!item.is_scalar()) {
        report(
            kInvalidValue, item.span(),
            fmt::format("each item of `{}` must be {}, not {}", e.key, expected, describe(item)));
        return;
      }
      fn(text(item), item.span());
    });
  }

  void read_refs(const Entry& e, RefList& list, std::string_view expected);
  void read_texts(const Entry& e, std::vector<Text>& out);

 private:
  /// Reports a scalar that starts with a tag of the writer's own
  /// (`title: !important call first`) as the invalid-value it is, and
  /// returns true: such an entry or item is not read further. `key` is
  /// empty for a list's item.
  bool tag_mistake(const View& value, std::string_view key);

  /// When `value` is the `190` of `{value: 190,000}`, the keys after it that
  /// YAML split off at each comma (`000` with no value) belong to it: returns
  /// the node after them and sets `span` to the whole `190,000`; else `next`.
  std::uint32_t join_thousands(const View& value, std::uint32_t next, Span& span) const;

  View view(std::uint32_t index, const std::optional<Span>& via) const {
    const Node& node = tree_[index];
    if (node.kind == NodeKind::alias) return View{&tree_[node.a], via ? via : node.span};
    return View{&node, via};
  }

  const YamlTree& tree_;
  std::vector<Finding>& out_;
};

// --- mappings and lists of mappings, by a table of keys ------------------------

/// Reads the keys of a mapping into `out`; unknown keys are reported as in `what`.
/// A table of keys is a plain array, so that its size is known where it is
/// read: one flag per key, no bound to keep in step by hand.
template <class R, class T, std::size_t N>
MappingRead read_mapping(R& r, const View& map, const KeySpec<R, T> (&keys)[N], T& out,
                         std::string_view what) {
  std::array<bool, N> seen{};
  const std::span<const KeySpec<R, T>, N> table(keys);
  MappingRead result;
  r.for_each_entry(map, [&](const Entry& e) {
    if (!result.first_key) result.first_key = e.key_span;
    const auto spec = std::find_if(table.begin(), table.end(),
                                   [&](const KeySpec<R, T>& k) { return k.name == e.key; });
    if (spec == table.end()) {
      std::vector<std::string_view> names;
      for (const auto& k : keys)
        names.push_back(k.name);
      r.unknown_key(e, names, what);
      return;
    }
    if (e.value.is_null()) return;  // empty: treated as absent
    seen[static_cast<std::size_t>(spec - table.begin())] = true;
    if (!e.value_reported) spec->read(r, e, out);
  });
  for (std::size_t i = 0; i < N; ++i) {
    if (keys[i].required && !seen[i]) result.missing.push_back(keys[i].name);
  }
  return result;
}

/// A nested mapping such as `strategy`; returns false when it is not a mapping.
template <class R, class T, std::size_t N>
bool read_section(R& r, const Entry& e, const KeySpec<R, T> (&keys)[N], T& out,
                  std::string_view what, std::string_view holds) {
  if (e.value.kind() != NodeKind::mapping) {
    r.invalid(
        e, fmt::format("`{}` must be a mapping with {}, not {}", e.key, holds, describe(e.value)));
    return false;
  }
  const MappingRead read = read_mapping(r, e.value, keys, out, what);
  r.report_missing(read, read.first_key.value_or(e.key_span), what);
  return true;
}

/// A list of mappings such as `tactics`, each read by `keys`, then by `finish`
/// for what lies between its keys; `noun` names one item.
template <class R, class T, std::size_t N>
void read_items(R& r, const Entry& e, List<T>& list, const KeySpec<R, T> (&keys)[N],
                std::string_view noun, std::size_t min_items,
                std::type_identity_t<void (*)(R&, T&)> finish = nullptr) {
  list.key = e.key_span;
  list.present = true;
  if (e.value.kind() != NodeKind::sequence) {
    r.invalid(e, fmt::format("`{}` must be a list of {}s (`- id: ...`), not {}", e.key, noun,
                             describe(e.value)));
    return;
  }
  list.is_list = true;
  list.items.reserve(e.value.node->b);  // items are large: never copy them to grow
  const std::string unknown_in = fmt::format("a {}", noun);
  std::size_t count = 0;
  r.for_each_item(e.value, [&](const View& item) {
    ++count;
    if (item.kind() != NodeKind::mapping) {
      r.report(kInvalidValue, item.span(),
               fmt::format("each item of `{}` must be a {} (a mapping with `id: ...`), not {}",
                           e.key, noun, describe(item)));
      return;
    }
    T& out = list.items.emplace_back();
    const MappingRead read = read_mapping(r, item, keys, out, unknown_in);
    out.first_key = read.first_key.value_or(item.span());
    if (!read.missing.empty()) {
      r.report_missing(
          read, out.first_key,
          out.id.known() ? fmt::format("{} `{}`", noun, *out.id) : fmt::format("this {}", noun));
    }
    if (finish) finish(r, out);
  });
  if (count < min_items) {
    r.report(kMissingField, e.key_span,
             min_items == 1 ? fmt::format("`{}` needs at least one {}; it is empty", e.key, noun)
                            : fmt::format("`{}` needs at least {} {}s; it has {}", e.key, min_items,
                                          noun, count));
  }
}

}  // namespace plan::load

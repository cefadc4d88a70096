#include "load/reader.hpp"

#include <fmt/ranges.h>

#include "load/key_synonyms.hpp"
#include "load/scalar_forms.hpp"
#include "load/value_hints.hpp"
#include "plan/support/suggest.hpp"

namespace plan::load {
namespace {

/// `: fix` after a message's "got `x`", or nothing.
std::string with_fix(const std::string& fix) {
  return fix.empty() ? std::string() : ": " + fix;
}

}  // namespace

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

std::uint32_t Reader::join_thousands(const View& value, std::uint32_t next, Span& span) const {
  const auto digits = [](std::string_view t, std::size_t low, std::size_t high) {
    return t.size() >= low && t.size() <= high &&
           std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (value.via_alias || !value.is_scalar() || !value.node->plain) return next;
  std::string_view lead = text(value);
  if (lead.starts_with('$') || lead.starts_with('-')) lead.remove_prefix(1);
  if (!digits(lead, 1, 3)) return next;
  span = value.span();
  std::uint32_t at = next;
  while (at != kNoNode) {
    const Node& key = tree_[at];
    if (key.kind != NodeKind::scalar || !key.plain || !digits(tree_.text(key), 3, 3) ||
        key.next == kNoNode || tree_[key.next].kind != NodeKind::null ||
        tree_.source_text(Span{span.end, key.span.begin}) != ",") {
      break;
    }
    span.end = key.span.end;
    at = tree_[key.next].next;
  }
  return at;
}

bool Reader::tag_mistake(const View& value, std::string_view key) {
  if (!value.is_scalar() || !value.node->local_tag) return false;
  const Span at = value.span();
  const std::string_view written =
      value.via_alias ? text(value) : tree_.source_text(value.node->span);
  const std::string_view tag = written.substr(0, written.find_first_of(" \t"));
  report(kInvalidValue, at,
         fmt::format("`{}` starts with `!`, which YAML reads as a tag and drops from the text; "
                     "quote the text: `{}\"{}\"`",
                     tag, key.empty() ? std::string() : fmt::format("{}: ", key), written));
  return true;
}

void Reader::report(const Rule& rule, Span at, std::string message, std::vector<Note> notes) {
  out_.push_back(Finding{&rule, Severity::error, at, std::move(message), std::move(notes)});
}

void Reader::invalid(const Entry& e, std::string message) {
  report(kInvalidValue, value_span(e), std::move(message));
}

void Reader::report_missing(const MappingRead& read, Span at, std::string_view what) {
  for (const std::string_view key : read.missing) {
    report(kMissingField, at, fmt::format("missing required key `{}` in {}", key, what));
  }
}

void Reader::unknown_key(const Entry& e, std::span<const std::string_view> names,
                         std::string_view what) {
  std::string message = fmt::format("unknown key `{}` in {}", e.key, what);
  const auto synonym = key_for_synonym(e.key, names);
  if (const auto match = synonym ? synonym : closest_match(e.key, names)) {
    message += fmt::format("; did you mean `{}`?", *match);
  } else {
    message +=
        fmt::format("; expected one of: {} (or a key starting with `x-`)", fmt::join(names, ", "));
  }
  report(kUnknownKey, e.key_span, std::move(message));
}

void Reader::read_text(const Entry& e, Field<std::string>& f) {
  locate(e, f);
  if (!e.value.is_scalar()) {
    invalid(e, fmt::format("`{}` must be text, not {}", e.key, describe(e.value)));
    return;
  }
  f.value = std::string(text(e.value));
}

void Reader::read_id(const Entry& e, Field<std::string>& f) {
  locate(e, f);
  if (!e.value.is_scalar()) {
    invalid(e, fmt::format("`{}` must be an id, not {}", e.key, describe(e.value)));
    return;
  }
  const std::string_view id = text(e.value);
  if (!is_valid_id(id)) {
    invalid(e, fmt::format("`{}` is not a valid id; use ASCII letters, digits, `-`, `_` and `.`, "
                           "starting with a letter or digit",
                           id));
    return;
  }
  f.value = std::string(id);
}

std::optional<double> Reader::number(const Entry& e, NumberForm form) {
  const std::string_view expected = describe(form);
  if (!e.value.is_scalar()) {
    invalid(e, fmt::format("`{}` must be {}, not {}", e.key, expected, describe(e.value)));
    return std::nullopt;
  }
  const std::string_view t = e.joined.empty() ? text(e.value) : e.joined;
  if (!e.value.node->plain) {
    if (parse_number(t)) {
      invalid(e, fmt::format("`{}` must be {}; `{}` is quoted or tagged, so it is text: remove "
                             "the quotes",
                             e.key, expected, t));
    } else {
      invalid(e, fmt::format("`{}` must be {}, like {}; got `{}`{}", e.key, expected, example(form),
                             t, with_fix(number_fix(t, form))));
    }
    return std::nullopt;
  }
  const auto n = e.joined.empty() ? parse_number(t) : std::nullopt;
  if (!n) {
    const std::string fix = number_fix(t, form);
    invalid(e, fix.empty() ? fmt::format("`{}` must be {}, like {}; got `{}`", e.key, expected,
                                         example(form), t)
                           : fmt::format("`{}` must be {}; got `{}`: {}", e.key, expected, t, fix));
  }
  return n;
}

void Reader::read_number(const Entry& e, Field<double>& f) {
  locate(e, f);
  f.value = number(e, NumberForm::any);
}

void Reader::read_number_in(const Entry& e, Field<double>& f, double low,
                            std::optional<double> high, std::string_view expected) {
  locate(e, f);
  const NumberForm form = low == 0 && high == 1.0 ? NumberForm::fraction
                          : low == 0 && !high     ? NumberForm::at_least_zero
                                                  : NumberForm::any;
  const auto n = number(e, form);
  if (!n) return;
  if (*n < low || (high && *n > *high)) {
    invalid(e, fmt::format("`{}` must be {}; got {}{}", e.key, expected, text(e.value),
                           with_fix(range_fix(text(e.value), form))));
    return;
  }
  f.value = n;
}

void Reader::read_positive_int(const Entry& e, Field<int>& f) {
  locate(e, f);
  const auto n = number(e, NumberForm::positive_whole);
  if (!n) return;
  const auto i = parse_integer(text(e.value));
  if (!i || *i <= 0) {
    invalid(e, fmt::format("`{}` must be a positive whole number, like {}; got {}", e.key,
                           example(NumberForm::positive_whole), text(e.value)));
    return;
  }
  f.value = i;
}

void Reader::read_date(const Entry& e, Field<Date>& f) {
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

std::optional<std::size_t> Reader::choice(const Entry& e, std::span<const std::string_view> names) {
  const std::string choices = fmt::format("{}", fmt::join(names, ", "));
  if (!e.value.is_scalar()) {
    invalid(e, fmt::format("`{}` must be one of {}, not {}", e.key, choices, describe(e.value)));
    return std::nullopt;
  }
  const std::string_view t = text(e.value);
  const auto found = std::find(names.begin(), names.end(), t);
  if (found != names.end()) return static_cast<std::size_t>(found - names.begin());
  invalid(e, fmt::format("`{}` must be one of {}; got `{}`{}", e.key, choices, t,
                         did_you_mean(t, names)));
  return std::nullopt;
}

void Reader::read_duration(const Entry& e, Field<int>& f,
                           std::optional<int> (*parse)(std::string_view), std::string_view forms) {
  locate(e, f);
  if (!e.value.is_scalar()) {
    invalid(e, fmt::format("`{}` must be a duration such as {}, not {}", e.key, forms,
                           describe(e.value)));
    return;
  }
  f.value = parse(text(e.value));
  if (!f.value) {
    const DurationUnits units =
        parse == &parse_minutes ? DurationUnits::hours_minutes : DurationUnits::weeks_days;
    invalid(e, fmt::format("`{}` must be a duration such as {}; got `{}`{}", e.key, forms,
                           text(e.value), with_fix(duration_fix(text(e.value), units))));
  }
}

void Reader::read_ref(const Entry& e, Field<Ref>& f, std::string_view expected) {
  locate(e, f);
  if (!e.value.is_scalar()) {
    invalid(e, fmt::format("`{}` must be {}, not {}", e.key, expected, describe(e.value)));
    return;
  }
  f.value = Ref{std::string(text(e.value)), e.value.span(), -1};
}

void Reader::read_refs(const Entry& e, RefList& list, std::string_view expected) {
  list.key = e.key_span;
  for_each_scalar(e, expected, [&](std::string_view id, Span at) {
    list.refs.push_back(Ref{std::string(id), at, -1});
  });
  list.present = !list.refs.empty();
}

void Reader::read_texts(const Entry& e, std::vector<Text>& out) {
  for_each_scalar(e, "a name", [&](std::string_view t, Span at) {
    out.push_back(Text{std::string(t), at});
  });
}

}  // namespace plan::load

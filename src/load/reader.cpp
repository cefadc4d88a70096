#include "load/reader.hpp"

#include <fmt/ranges.h>

#include "load/scalar_forms.hpp"
#include "plan/suggest.hpp"

namespace plan::load {

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
  if (const auto match = closest_match(e.key, names)) {
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

std::optional<double> Reader::number(const Entry& e, std::string_view expected) {
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
  const auto n = parse_number(t);
  if (!n) {
    invalid(e, fmt::format("`{}` must be {}, like 12 or 0.25; got `{}`", e.key, expected, t));
  }
  return n;
}

void Reader::read_number(const Entry& e, Field<double>& f) {
  locate(e, f);
  f.value = number(e, "a number");
}

void Reader::read_number_in(const Entry& e, Field<double>& f, double low,
                            std::optional<double> high, std::string_view expected) {
  locate(e, f);
  const auto n = number(e, expected);
  if (!n) return;
  if (*n < low || (high && *n > *high)) {
    invalid(e, fmt::format("`{}` must be {}; got {}", e.key, expected, text(e.value)));
    return;
  }
  f.value = n;
}

void Reader::read_positive_int(const Entry& e, Field<int>& f) {
  locate(e, f);
  const auto n = number(e, "a positive whole number");
  if (!n) return;
  const auto i = parse_integer(text(e.value));
  if (!i || *i <= 0) {
    invalid(e, fmt::format("`{}` must be a positive whole number; got {}", e.key, text(e.value)));
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
    invalid(e, fmt::format("`{}` must be a duration such as {}; got `{}`", e.key, forms,
                           text(e.value)));
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

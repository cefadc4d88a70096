#pragma once
// A structural validator for iCalendar (RFC 5545) output, for the `plan
// tasks` tests.

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

namespace plan::test::tasks_support {

/// One property of a component, unfolded: `DUE;VALUE=DATE:20270315` is
/// name "DUE", params "VALUE=DATE", value "20270315".
struct IcsProperty {
  std::string name;
  std::string params;
  std::string value;
};

/// A parsed component: its properties in order, then its subcomponents.
struct IcsComponent {
  std::string name;
  std::vector<IcsProperty> properties;
  std::vector<IcsComponent> children;

  /// Every property named `name`.
  std::vector<const IcsProperty*> all(std::string_view property) const {
    std::vector<const IcsProperty*> out;
    for (const auto& p : properties) {
      if (p.name == property) out.push_back(&p);
    }
    return out;
  }
  /// The one property named `name`, or null when there is none.
  const IcsProperty* get(std::string_view property) const {
    const auto found = all(property);
    return found.empty() ? nullptr : found.front();
  }
};

/// The result of validating an iCalendar text.
struct IcsCheck {
  std::vector<std::string> problems;  ///< empty when the text is valid
  IcsComponent calendar;              ///< the VCALENDAR, when it parsed
};

/// A TEXT value unescaped (`\\`, `\;`, `\,`, `\n`).
inline std::string ics_unescape(std::string_view value) {
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\\' && i + 1 < value.size()) {
      const char next = value[++i];
      out += next == 'n' || next == 'N' ? '\n' : next;
    } else {
      out += value[i];
    }
  }
  return out;
}

namespace detail {

/// Whether `line` is well-formed UTF-8 on its own.
inline bool valid_utf8(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size()) {
    const auto c = static_cast<unsigned char>(line[i]);
    std::size_t extra = 0;
    if (c < 0x80) {
      extra = 0;
    } else if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
      extra = 1;
    } else if ((c & 0xF0) == 0xE0) {
      extra = 2;
    } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
      extra = 3;
    } else {
      return false;
    }
    for (std::size_t k = 1; k <= extra; ++k) {
      if (i + k >= line.size() || (static_cast<unsigned char>(line[i + k]) & 0xC0) != 0x80)
        return false;
    }
    i += extra + 1;
  }
  return true;
}

inline bool is_date(std::string_view v) {
  return v.size() == 8 && v.find_first_not_of("0123456789") == std::string_view::npos;
}

/// Whether a TEXT value has a `;` or `,` that is not escaped, or a bad escape.
inline bool bad_text(std::string_view value, bool list) {
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (c == '\\') {
      if (i + 1 >= value.size() ||
          std::string_view("\\;,nN").find(value[i + 1]) == std::string_view::npos)
        return true;
      ++i;
    } else if (c == ';' || (c == ',' && !list)) {
      return true;
    }
  }
  return false;
}

}  // namespace detail

/// Checks the structure of an iCalendar text as `plan tasks` writes it:
/// CRLF line endings; physical lines of at most 75 octets, each valid UTF-8 on
/// its own (no character split by a fold); BEGIN/END nesting with one
/// VCALENDAR; VERSION and PRODID; in each VTODO exactly one UID (unique in
/// the file), DTSTAMP, SUMMARY and STATUS, DATE-valued DUE and DTSTART with
/// DTSTART <= DUE, a known STATUS, RRULE only with a DTSTART, FREQ first and a
/// DATE UNTIL not before it; TEXT values with no unescaped `;` or `,`. Each
/// VEVENT likewise, with one DTSTART, a DTEND after it instead of DUE, and an
/// event's STATUS.
inline IcsCheck validate_ics(std::string_view text) {
  IcsCheck check;
  auto problem = [&](std::string message) { check.problems.push_back(std::move(message)); };

  // Physical lines: CRLF, at most 75 octets, each valid UTF-8 by itself.
  std::vector<std::string> logical;
  std::size_t begin = 0, number = 0;
  if (!text.empty() && !text.ends_with("\r\n")) problem("the text does not end with CRLF");
  while (begin < text.size()) {
    ++number;
    std::size_t end = text.find("\r\n", begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(begin, end - begin);
    begin = end + 2;
    if (line.find_first_of("\r\n") != std::string_view::npos)
      problem("line " + std::to_string(number) + ": a bare CR or LF");
    if (line.size() > 75)
      problem("line " + std::to_string(number) + ": " + std::to_string(line.size()) +
              " octets, more than 75");
    if (!detail::valid_utf8(line))
      problem("line " + std::to_string(number) +
              ": not valid UTF-8 on its own (a split character)");
    if (line.starts_with(' ') || line.starts_with('\t')) {
      if (logical.empty()) {
        problem("line 1 is a continuation");
      } else {
        logical.back().append(line.substr(1));
      }
    } else if (line.empty()) {
      problem("line " + std::to_string(number) + " is empty");
    } else {
      logical.emplace_back(line);
    }
  }

  // Components.
  std::vector<IcsComponent> stack;
  bool seen_calendar = false;
  for (const std::string& line : logical) {
    const auto colon = line.find(':');
    if (colon == std::string::npos) {
      problem("no `:` in `" + line + "`");
      continue;
    }
    const std::string head = line.substr(0, colon);
    IcsProperty p;
    const auto semi = head.find(';');
    p.name = head.substr(0, semi);
    p.params = semi == std::string::npos ? "" : head.substr(semi + 1);
    p.value = line.substr(colon + 1);
    if (p.name.empty() ||
        p.name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") != std::string::npos)
      problem("bad property name `" + p.name + "`");
    if (p.name == "BEGIN") {
      if (stack.empty() && (seen_calendar || p.value != "VCALENDAR"))
        problem("`BEGIN:" + p.value + "` outside the one VCALENDAR");
      stack.push_back({p.value, {}, {}});
      continue;
    }
    if (p.name == "END") {
      if (stack.empty() || stack.back().name != p.value) {
        problem("`END:" + p.value + "` does not close " +
                (stack.empty() ? std::string("anything") : stack.back().name));
        continue;
      }
      IcsComponent done = std::move(stack.back());
      stack.pop_back();
      if (stack.empty()) {
        seen_calendar = true;
        check.calendar = std::move(done);
      } else {
        stack.back().children.push_back(std::move(done));
      }
      continue;
    }
    if (stack.empty()) {
      problem("`" + p.name + "` outside any component");
      continue;
    }
    stack.back().properties.push_back(std::move(p));
  }
  if (!stack.empty()) problem("`BEGIN:" + stack.back().name + "` is never closed");
  if (!seen_calendar) problem("no VCALENDAR");

  const IcsComponent& cal = check.calendar;
  for (const char* required : {"VERSION", "PRODID"}) {
    if (cal.all(required).size() != 1) problem(std::string("VCALENDAR needs one ") + required);
  }
  if (const auto* v = cal.get("VERSION"); v && v->value != "2.0") problem("VERSION is not 2.0");

  std::map<std::string, int> uids;
  for (const IcsComponent& todo : cal.children) {
    const bool event = todo.name == "VEVENT";
    if (!event && todo.name != "VTODO") {
      problem("unexpected component " + todo.name);
      continue;
    }
    const IcsProperty* uid = todo.get("UID");
    const std::string who = uid ? uid->value : "a " + todo.name;
    for (const char* required : {"UID", "DTSTAMP", "SUMMARY", "STATUS"}) {
      if (todo.all(required).size() != 1) problem(who + ": needs exactly one " + required);
    }
    if (event && todo.all("DTSTART").size() != 1) problem(who + ": needs exactly one DTSTART");
    if (event && todo.get("DUE")) problem(who + ": DUE in a VEVENT");
    for (const char* once : {"DUE", "DTSTART", "DTEND", "RRULE", "DESCRIPTION", "CATEGORIES"}) {
      if (todo.all(once).size() > 1) problem(who + ": more than one " + once);
    }
    if (uid && ++uids[uid->value] == 2) problem("UID " + uid->value + " is not unique");
    if (const auto* stamp = todo.get("DTSTAMP");
        stamp &&
        !(stamp->value.size() == 16 && stamp->value[8] == 'T' && stamp->value.back() == 'Z'))
      problem(who + ": DTSTAMP is not a UTC date-time");
    // A VEVENT's all-day DTEND is the day after its last day: it must come after DTSTART.
    const IcsProperty* due = todo.get(event ? "DTEND" : "DUE");
    const IcsProperty* start = todo.get("DTSTART");
    for (const IcsProperty* d : {due, start}) {
      if (d && (d->params != "VALUE=DATE" || !detail::is_date(d->value)))
        problem(who + ": " + d->name + " is not a DATE value");
    }
    if (due && start && (event ? start->value >= due->value : start->value > due->value))
      problem(who + ": DTSTART after " + due->name);
    if (const auto* status = todo.get("STATUS")) {
      const std::string& s = status->value;
      const bool known =
          event ? s == "TENTATIVE" || s == "CONFIRMED" || s == "CANCELLED"
                : s == "NEEDS-ACTION" || s == "IN-PROCESS" || s == "COMPLETED" || s == "CANCELLED";
      if (!known) problem(who + ": unknown STATUS " + s);
    }
    if (const auto* rule = todo.get("RRULE")) {
      if (!start) problem(who + ": RRULE without DTSTART");
      if (!rule->value.starts_with("FREQ=")) problem(who + ": RRULE does not start with FREQ");
      const auto until = rule->value.find("UNTIL=");
      if (until == std::string::npos) {
        problem(who + ": RRULE without UNTIL");
      } else {
        const std::string date = rule->value.substr(until + 6, 8);
        if (!detail::is_date(date) ||
            (rule->value.size() > until + 14 && rule->value[until + 14] != ';'))
          problem(who + ": UNTIL is not a DATE");
        if (start && date < start->value) problem(who + ": UNTIL before DTSTART");
      }
    }
    for (const IcsProperty& p : todo.properties) {
      if ((p.name == "SUMMARY" || p.name == "DESCRIPTION" || p.name == "CATEGORIES") &&
          detail::bad_text(p.value, p.name == "CATEGORIES"))
        problem(who + ": " + p.name + " has an unescaped `;` or `,` or a bad escape");
    }
  }
  return check;
}

}  // namespace plan::test::tasks_support

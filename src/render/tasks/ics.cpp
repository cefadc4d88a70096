// `plan tasks --format ics`: an RFC 5545 calendar of all-day events (VEVENT),
// what Google Calendar, Outlook and Apple Calendar show: one on each task's
// due date, or for a repeating task with an effort one on each occurrence
// from its start to its due date (RRULE). `--format ics-todo`: the same tasks
// as to-dos (VTODO), for task apps.
//
// - UID: `<tactic id>@<plan name as a slug>`: the same plan gives the same UIDs
//   on every run, so a calendar that imports the file again updates its tasks.
// - DTSTAMP: the as-of date at 00:00 UTC, so that output depends on the plan
//   and the date only, never on the clock.
// - A one-off task runs from DTSTART (its start) to DUE (its due date). A
//   repeating task is one VTODO whose occurrences each start and fall due on
//   their own day, from its start until the due date (RRULE ... UNTIL).
// - Lines end in CRLF and are folded at 75 octets, never inside a UTF-8
//   character; text values escape `\`, `;`, `,` and line breaks.

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "plan/render/tasks.hpp"
#include "support/utf8.hpp"

namespace plan {
namespace {

constexpr std::size_t kMaxOctets = 75;

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line
/// breaks escaped; other control characters, which TEXT cannot hold, become spaces.
std::string escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') break;  // CRLF: one break
        out += "\\n";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        out += (static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f ? ' ' : c;
    }
  }
  return out;
}

/// A content line folded at 75 octets (a CRLF and a space before each
/// continuation), never inside a UTF-8 character, ended with CRLF.
std::string content_line(std::string_view line) {
  std::string out;
  std::size_t limit = kMaxOctets;  // the first line; continuations start with a space
  while (line.size() > limit) {
    std::size_t cut = limit;
    while (cut > 0 && utf8::is_continuation(line[cut]))
      --cut;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = kMaxOctets - 1;
  }
  out.append(line);
  return out + "\r\n";
}

std::string ics_date(Date d) {
  return fmt::format("{:04}{:02}{:02}", d.year(), d.month(), d.day());
}

/// The plan's name for UIDs: lowercase ASCII letters and digits, any run of
/// other characters one hyphen; "plan" when nothing is left.
std::string slug(std::string_view name) {
  std::string out;
  for (const char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
      out += c;
    } else if (u >= 'A' && u <= 'Z') {
      out += static_cast<char>(u - 'A' + 'a');
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-')
    out.pop_back();
  return out.empty() ? "plan" : out;
}

std::string_view ics_status(Status status) {
  switch (status) {
    case Status::doing:
      return "IN-PROCESS";
    case Status::done:
      return "COMPLETED";
    case Status::dropped:
      return "CANCELLED";
    case Status::todo:
    case Status::blocked:  // iCalendar has no "blocked"; DESCRIPTION says it
      break;
  }
  return "NEEDS-ACTION";
}

/// The first day a repetition falls on: `start`, or for `weekdays` the first
/// weekday from it (DTSTART must match the rule).
Date first_occurrence(Repeat repeat, Date start) {
  if (repeat != Repeat::weekdays) return start;
  while (start.weekday() >= 5)
    start = start + 1;
  return start;
}

/// The RRULE of a repetition from `first` until `until`. A monthly (or quarterly) repetition
/// from the 29th to the 31st falls on the month's last day in shorter months
/// (add_months clamps the same way): the largest of those days the month has.
std::string rrule(Repeat repeat, Date first, Date until) {
  const std::string end = "UNTIL=" + ics_date(until);
  switch (repeat) {
    case Repeat::daily:
      return "FREQ=DAILY;" + end;
    case Repeat::weekdays:
      return "FREQ=WEEKLY;" + end + ";BYDAY=MO,TU,WE,TH,FR";
    case Repeat::weekly:
      return "FREQ=WEEKLY;" + end;
    case Repeat::monthly:
    case Repeat::quarterly: {
      const std::string freq =
          repeat == Repeat::monthly ? "FREQ=MONTHLY;" : "FREQ=MONTHLY;INTERVAL=3;";
      if (first.day() <= 28) return freq + end;
      std::vector<int> days;
      for (int d = 28; d <= first.day(); ++d)
        days.push_back(d);
      return fmt::format("{}{};BYMONTHDAY={};BYSETPOS=-1", freq, end, fmt::join(days, ","));
    }
  }
  return "";
}

std::string description(const Task& t, Date as_of) {
  std::vector<std::string> lines;
  lines.push_back(fmt::format("Task {} for {} ({}), {}", t.id, t.role_name, t.role_id,
                              t.person.empty() ? "unassigned" : std::string(t.person)));
  std::string status = fmt::format("Status: {}", to_string(t.status));
  if (t.done_on) status += fmt::format(" on {}", format_date(*t.done_on));
  lines.push_back(status);
  if (t.start) lines.push_back("Start: " + format_date(*t.start));
  if (t.due) {
    lines.push_back(
        fmt::format("Due: {}{}", format_date(*t.due),
                    t.due_derived ? fmt::format(" (after {})", fmt::join(t.after, ", ")) : ""));
  }
  if (t.repeat) {
    lines.push_back(fmt::format("Repeats {}{}", to_string(*t.repeat),
                                t.effort ? ", " + format_minutes(*t.effort) + " each" : ""));
  } else if (t.effort) {
    lines.push_back("Effort: " + format_minutes(*t.effort));
  }
  if (auto m = describe_measure(t); !m.empty()) lines.push_back("Measure: " + m);
  if (!t.goals.empty()) lines.push_back(fmt::format("Goals: {}", fmt::join(t.goals, ", ")));
  if (!t.stage.empty()) lines.push_back(fmt::format("Stage: {}", t.stage_name));
  if (!t.after.empty() && !t.due_derived)
    lines.push_back(fmt::format("After: {}", fmt::join(t.after, ", ")));
  const auto flags = t.flag_words();
  if (!flags.empty())
    lines.push_back(fmt::format("As of {}: {}", format_date(as_of), fmt::join(flags, ", ")));
  if (!t.notes.empty()) lines.push_back(fmt::format("Notes: {}", t.notes));
  return fmt::format("{}", fmt::join(lines, "\n"));
}

std::string vtodo(const Task& t, const std::string& plan_slug, Date as_of) {
  std::string out = content_line("BEGIN:VTODO");
  out += content_line(fmt::format("UID:{}", escape_text(fmt::format("{}@{}", t.id, plan_slug))));
  out += content_line(fmt::format("DTSTAMP:{}T000000Z", ics_date(as_of)));

  std::optional<Date> start = t.start, due = t.due;
  std::string rule;
  if (t.repeat && start && due) {
    const Date first = first_occurrence(*t.repeat, *start);
    if (first <= *due) {
      rule = rrule(*t.repeat, first, *due);
      start = first;
      due = first;  // each occurrence falls due on its own day
    }
  }
  if (start && (!due || *start <= *due))  // DUE may not come before DTSTART
    out += content_line(fmt::format("DTSTART;VALUE=DATE:{}", ics_date(*start)));
  if (due) out += content_line(fmt::format("DUE;VALUE=DATE:{}", ics_date(*due)));
  if (!rule.empty()) out += content_line("RRULE:" + rule);
  out += content_line("SUMMARY:" + escape_text(t.title));
  out += content_line("DESCRIPTION:" + escape_text(description(t, as_of)));
  out += content_line(fmt::format("STATUS:{}", ics_status(t.status)));
  if (!t.role_name.empty()) out += content_line("CATEGORIES:" + escape_text(t.role_name));
  return out + content_line("END:VTODO");
}

/// The calendar around the components: its header, named for the plan and
/// the role or person the file is for.
std::string calendar(const TaskList& list, const std::string& components) {
  std::string out = content_line("BEGIN:VCALENDAR");
  out += content_line("VERSION:2.0");
  out += content_line("PRODID:-//plan//plan tasks//EN");
  out += content_line("CALSCALE:GREGORIAN");
  out += content_line("METHOD:PUBLISH");
  const std::string name = list.label.empty() ? fmt::format("{} tasks", list.plan_name)
                                              : fmt::format("{} — {}", list.plan_name, list.label);
  out += content_line("X-WR-CALNAME:" + escape_text(name));
  out += components;
  return out + content_line("END:VCALENDAR");
}

/// An all-day event on the task's due date or, for a repeating task with an
/// effort, on each occurrence from its start to its due date. A task with no
/// known due date has no day to show and is left out.
std::string vevent(const Task& t, const std::string& plan_slug, Date as_of) {
  if (!t.due) return {};
  Date first = *t.due;
  std::string rule;
  if (t.repeat && t.effort && t.start) {
    const Date from = first_occurrence(*t.repeat, *t.start);
    if (from <= *t.due) {
      first = from;
      rule = rrule(*t.repeat, from, *t.due);
    }
  }
  std::string out = content_line("BEGIN:VEVENT");
  out += content_line(fmt::format("UID:{}", escape_text(fmt::format("{}@{}", t.id, plan_slug))));
  out += content_line(fmt::format("DTSTAMP:{}T000000Z", ics_date(as_of)));
  out += content_line(fmt::format("DTSTART;VALUE=DATE:{}", ics_date(first)));
  out += content_line(fmt::format("DTEND;VALUE=DATE:{}", ics_date(first + 1)));
  if (!rule.empty()) out += content_line("RRULE:" + rule);
  out += content_line("SUMMARY:" + escape_text(t.title));
  out += content_line("DESCRIPTION:" + escape_text(description(t, as_of)));
  out += content_line(t.status == Status::dropped ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
  out += content_line("TRANSP:TRANSPARENT");  // a day's task, not time taken
  if (!t.role_name.empty()) out += content_line("CATEGORIES:" + escape_text(t.role_name));
  return out + content_line("END:VEVENT");
}

}  // namespace

std::string render_tasks_ics(const TaskList& list) {
  const std::string plan_slug = slug(list.plan_name);
  std::string events;
  for (const Task& t : list.tasks)
    events += vevent(t, plan_slug, list.as_of);
  return calendar(list, events);
}

std::string render_tasks_ics_todo(const TaskList& list) {
  const std::string plan_slug = slug(list.plan_name);
  std::string todos;
  for (const Task& t : list.tasks)
    todos += vtodo(t, plan_slug, list.as_of);
  return calendar(list, todos);
}

}  // namespace plan

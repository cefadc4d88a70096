// `plan timeline --format mermaid`: a Mermaid `gantt` block that GitHub and
// GitLab render in Markdown. A section per role, a task per drawn tactic
// (tags: `done`, `crit` when overdue, `active` when doing, `milestone`), a
// start taken from prerequisites written `after ID`. Tactics that are not
// drawn are listed as comments with the reason.
//
// Mermaid reads a task line as `title : data`, splits its data at commas,
// ends a statement at `;` or a line break, starts a comment at `#` or `%%`,
// and reads a line that starts with a keyword as that keyword. So every text
// is written with those characters as Mermaid's entity codes (`#58;`), which
// it turns back into the characters when it draws, and a title that starts
// like a keyword has its first letter written as an entity code.

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <unordered_set>

#include <fmt/format.h>

#include "plan/render/timeline.hpp"
#include "render/terminal.hpp"

namespace plan::render {
namespace {

/// The words that start a statement in a gantt block.
constexpr std::array<std::string_view, 14> kKeywords = {"gantt",
                                                        "dateformat",
                                                        "axisformat",
                                                        "tickinterval",
                                                        "includes",
                                                        "excludes",
                                                        "todaymarker",
                                                        "title",
                                                        "section",
                                                        "click",
                                                        "call",
                                                        "weekday",
                                                        "inclusiveenddates",
                                                        "topaxis"};

/// A plan's text as a Mermaid title.
std::string escape_mermaid(std::string_view text) {
  std::string out;
  for (const char c : one_line(text)) {
    switch (c) {
      case '#':
      case ':':
      case ';':
      case '%':
      case '"':
      case ',':
      case '&':
      case '<':
      case '>':
        out += fmt::format("#{};", static_cast<int>(static_cast<unsigned char>(c)));
        break;
      default:
        out += c;
    }
  }
  const auto first = out.find_first_not_of(' ');
  if (first == std::string::npos) return "(untitled)";
  out.erase(0, first);
  out.erase(out.find_last_not_of(' ') + 1);
  std::string lower;
  for (const char c : out.substr(0, 20))
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const bool keyword = std::any_of(kKeywords.begin(), kKeywords.end(),
                                   [&](std::string_view k) { return lower.starts_with(k); });
  if (keyword) out = fmt::format("#{};", static_cast<int>(out[0])) + out.substr(1);
  return out;
}

/// The ids of the rows drawn in the block.
using DrawnIds = std::unordered_set<std::string_view>;

/// The prerequisites a row starts after, when every one of them is drawn in
/// the block, so that Mermaid can resolve `after`.
bool starts_after_drawn(const TimelineRow& row, const DrawnIds& drawn_ids) {
  if (row.start_after.empty() || row.cut_start) return false;
  return std::all_of(row.start_after.begin(), row.start_after.end(),
                     [&](const std::string& id) { return drawn_ids.count(id) > 0; });
}

std::string task_line(const TimelineRow& row, const DrawnIds& drawn_ids) {
  std::vector<std::string_view> tags;
  if (row.standing == Standing::done) tags.emplace_back("done");
  if (row.standing == Standing::overdue) tags.emplace_back("crit");
  if (row.status == Status::doing) tags.emplace_back("active");
  if (row.milestone) tags.emplace_back("milestone");
  std::string data;
  for (const std::string_view tag : tags)
    data += fmt::format("{}, ", tag);
  data += fmt::format("{}, ", row.id);
  if (starts_after_drawn(row, drawn_ids)) {
    data += "after";
    for (const std::string& id : row.start_after)
      data += " " + id;
  } else {
    data += format_date(row.drawn.start);
  }
  // Mermaid's end date is exclusive: the day after the due date.
  data += row.milestone ? ", 0d" : ", " + format_date(row.drawn.end + 1);
  const std::string title = escape_mermaid(row.title.empty() ? row.id : row.title);
  return fmt::format("    {} :{}\n", title, data);
}

}  // namespace
}  // namespace plan::render

namespace plan {

std::string render_timeline_mermaid(const Timeline& t) {
  using namespace render;
  std::string out = "gantt\n";
  out +=
      fmt::format("    title {}\n", escape_mermaid(t.plan_name.empty() ? "Timeline" : t.plan_name));
  out += "    dateFormat YYYY-MM-DD\n";
  out += "    axisFormat %b %Y\n";
  out += "    todayMarker off\n";
  if (!t.axis) {
    out += "    %% no timeline: the tactical plan's window is unknown; give --from and --to\n";
    return out;
  }
  out += fmt::format("    %% {} to {}, as of {}\n", format_date(t.axis->start),
                     format_date(t.axis->end), format_date(t.as_of));
  DrawnIds drawn_ids;
  for (const TimelineLane& lane : t.lanes) {
    for (const TimelineRow& row : lane.rows) {
      if (row.drawable()) drawn_ids.insert(row.id);
    }
  }
  for (const TimelineLane& lane : t.lanes) {
    if (lane.rows.empty()) continue;
    out += fmt::format("    section {}\n", escape_mermaid(lane.name));
    for (const TimelineRow& row : lane.rows) {
      if (row.drawable()) {
        out += task_line(row, drawn_ids);
      } else {
        out += fmt::format("    %% {} is not drawn: {}\n", row.id, row.not_drawn);
      }
    }
  }
  return out;
}

}  // namespace plan

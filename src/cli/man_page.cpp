#include "cli/man_page.hpp"

#include <fmt/format.h>

namespace plan::cli {
namespace {

/// Text for roff: backslashes and hyphens escaped, `code` in bold, and a
/// line that would start with a control character (. or ') made plain text.
std::string roff(std::string_view text) {
  std::string out;
  bool bold = false;
  bool line_start = true;
  for (const char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    line_start = c == '\n';
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else if (c == '`') {
      out += bold ? "\\fR" : "\\fB";
      bold = !bold;
    } else {
      out += c;
    }
  }
  if (bold) out += "\\fR";
  return out;
}

/// A paragraph of text laid out for a terminal (the footers): a line that
/// starts a sentence, or is indented, starts a new line; the rest flows on.
std::string lines(std::string_view text) {
  std::string out;
  bool first = true;
  while (!text.empty()) {
    const auto end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    if (!line.empty()) {
      const char c = line.front();
      if (!first && ((c >= 'A' && c <= 'Z') || c == ' ')) out += ".br\n";
      out += roff(line) + "\n";
      first = false;
    }
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return out;
}

std::string option_heading(const OptionUsage& option) {
  if (!option.positional.empty()) return fmt::format("\\fI{}\\fR", roff(option.value));
  std::string heading;
  for (const std::string& name : option.names)
    heading += fmt::format("{}\\fB{}\\fR", heading.empty() ? "" : ", ", roff(name));
  if (!option.value.empty()) heading += fmt::format(" \\fI{}\\fR", roff(option.value));
  return heading;
}

std::string synopsis(const CommandUsage& command) {
  std::string out = fmt::format(".B plan {}\n[\\fIOPTIONS\\fR]", roff(command.name));
  for (const OptionUsage& option : command.options) {
    if (option.positional.empty()) continue;
    const std::string value =
        fmt::format("\\fI{}\\fR{}", roff(option.value), option.repeats ? "..." : "");
    out += option.required ? " " + value : " [" + value + "]";
  }
  return out + "\n";
}

std::string options(const CommandUsage& command) {
  std::string out;
  for (const OptionUsage& option : command.options)
    out += fmt::format(".TP\n{}\n{}\n", option_heading(option), roff(option.description));
  return out;
}

}  // namespace

std::string render_man_page(const std::vector<CommandUsage>& usage) {
  const CommandUsage& plan = usage.front();
  const std::string_view description = plan.summary;
  // "plan: what it is.": the NAME line says what follows the colon.
  std::string_view what = description.substr(0, description.find('\n'));
  if (const auto colon = what.find(": "); colon != std::string_view::npos)
    what.remove_prefix(colon + 2);
  // The footer's "Exit status: ..." line is its own section; the rest describes.
  std::string_view footer = plan.footer;
  std::string_view exit_status;
  if (const auto at = footer.find("Exit status"); at != std::string_view::npos) {
    exit_status = footer.substr(at);
    footer = footer.substr(0, at);
  }
  std::string out = fmt::format(
      ".\\\" plan.1, written by `plan --man` from the command line's tables; do not edit.\n"
      ".TH PLAN 1 \"\" \"plan {}\" \"User Commands\"\n"
      ".SH NAME\n"
      "plan \\- {}\n"
      ".SH SYNOPSIS\n"
      ".B plan\n"
      "[\\fB\\-\\-help\\fR] [\\fB\\-\\-version\\fR]\n"
      ".I COMMAND\n"
      "[\\fIOPTIONS\\fR]\n"
      ".SH DESCRIPTION\n"
      "{}"
      ".SH OPTIONS\n"
      "{}",
      PLAN_VERSION, roff(what), lines(description) + lines(footer), options(plan));
  out += ".SH COMMANDS\n";
  for (std::size_t i = 1; i < usage.size(); ++i) {
    const CommandUsage& command = usage[i];
    out += fmt::format(".SS {}\n{}.PP\n{}\n{}{}", roff(command.name), synopsis(command),
                       roff(command.summary), options(command),
                       command.footer.empty() ? "" : ".PP\n" + lines(command.footer));
  }
  out += fmt::format(
      ".SH EXIT STATUS\n"
      "{}"
      ".SH SEE ALSO\n"
      "The plan format, the rules and each command: the \\fIdocs\\fR folder of\n"
      ".UR {}\n"
      ".UE .\n",
      lines(exit_status), PLAN_HOMEPAGE_URL);
  return out;
}

}  // namespace plan::cli

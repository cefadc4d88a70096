#include "load/yaml_messages.hpp"

#include <yaml-cpp/exceptions.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdlib>
#include <vector>

#include <fmt/format.h>

namespace plan::load {
namespace {

namespace msg = YAML::ErrorMsg;

// The node API's messages (bad conversion, key not found, ...) are missing on
// purpose: the loader reads through the event parser, which never throws them.
const std::array<YamlMessage, 42> kMessages{{
    {msg::YAML_DIRECTIVE_ARGS,
     "a `%YAML` line takes one version number (`%YAML 1.2`); a plan needs no `%YAML` line, so "
     "delete it"},
    {msg::YAML_VERSION,
     "the `%YAML` line names no YAML version; a plan needs no `%YAML` line, so delete it"},
    {msg::YAML_MAJOR_VERSION,
     "the `%YAML` line names a YAML version this tool cannot read; delete the line"},
    {msg::REPEATED_YAML_DIRECTIVE,
     "the file has more than one `%YAML` line; delete them (a plan needs none)"},
    {msg::TAG_DIRECTIVE_ARGS,
     "a `%TAG` line takes two parts (`%TAG !e! tag:example.com,2027:`); a plan needs no `%TAG` "
     "line, so delete it"},
    {msg::REPEATED_TAG_DIRECTIVE, "the file repeats a `%TAG` line; delete it (a plan needs none)"},
    {msg::CHAR_IN_TAG_HANDLE,
     "`!` starts a YAML tag, and this one is not well formed; if the `!` is part of the text, "
     "put the text in quotes"},
    {msg::TAG_WITH_NO_SUFFIX,
     "`!` starts a YAML tag, and this one has no name; if the `!` is part of the text, put the "
     "text in quotes"},
    {msg::END_OF_VERBATIM_TAG,
     "`!<` starts a YAML tag that is never closed with `>`; if it is part of the text, put the "
     "text in quotes"},
    {msg::END_OF_MAP,
     "this line does not fit the keys above it; line it up with them (spaces, not tabs) and "
     "write each entry as `key: value`"},
    {msg::END_OF_MAP_FLOW,
     "a mapping opened with `{` is not closed; add the `}` where it ends, or put the text in "
     "quotes if the `{` is part of it"},
    {msg::END_OF_SEQ,
     "this line does not fit the list above it; line each `- ` up with the items above it"},
    {msg::END_OF_SEQ_FLOW,
     "a list opened with `[` is not closed; add the `]` where it ends, or put the text in "
     "quotes if the `[` is part of it"},
    {msg::MULTIPLE_TAGS,
     "this value has two YAML tags (`!`); if a `!` is part of the text, put the text in quotes"},
    {msg::MULTIPLE_ANCHORS,
     "this value has two YAML anchors (`&name`); keep one, or put the text in quotes if the `&` "
     "is part of it"},
    {msg::MULTIPLE_ALIASES,
     "this value has two YAML aliases (`*name`); keep one, or put the text in quotes if the `*` "
     "is part of it"},
    {msg::ALIAS_CONTENT,
     "an alias (`*name`) stands for a whole value and cannot have text or a tag of its own; "
     "remove the extra text, or put the text in quotes if the `*` is part of it"},
    {msg::INVALID_HEX,
     "an escape such as `\\x41` or `\\u00e9` in double quotes needs hexadecimal digits (0-9, "
     "a-f); fix the escape, or use single quotes, which have no escapes"},
    {msg::INVALID_UNICODE,
     "this `\\u` or `\\U` escape names no Unicode character; fix the code, or type the "
     "character itself"},
    {msg::INVALID_ESCAPE,
     "a backslash in double quotes starts an escape such as `\\n`, and this one is not an "
     "escape; write `\\\\` for a backslash, or use single quotes, which have no escapes"},
    {msg::UNKNOWN_TOKEN,
     "a value cannot start with this character in YAML; put the text in quotes"},
    {msg::DOC_IN_SCALAR,
     "a line that starts with `---` or `...` ends a YAML document, so it cannot be inside a "
     "text; indent the line, or put the text in quotes"},
    {msg::EOF_IN_SCALAR,
     "the file ends inside a quoted text; add the closing quote where the text ends"},
    {msg::CHAR_IN_SCALAR, "this character cannot appear in a text here; put the text in quotes"},
    {msg::TAB_IN_INDENTATION, "YAML indents with spaces, not tabs; replace the tab with spaces"},
    {msg::FLOW_END,
     "this `]` or `}` closes nothing; remove it, or put the text in quotes if it is part of it"},
    {msg::BLOCK_ENTRY,
     "a list item (`- `) cannot start here; put each item on its own line, under its key and "
     "indented, or put the text in quotes if the `-` is part of it"},
    {msg::MAP_KEY,
     "`? ` starts a YAML complex key, which a plan never needs; put the text in quotes if the "
     "`?` is part of it"},
    {msg::MAP_VALUE,
     "a `: ` cannot go here; if it is part of the text, put the text in quotes, and if it ends a "
     "key, line the key up with the keys above it"},
    {msg::ALIAS_NOT_FOUND,
     "`*` starts a YAML alias (`*name`); if the `*` is part of the text, put the text in quotes"},
    {msg::ANCHOR_NOT_FOUND,
     "`&` starts a YAML anchor (`&name`); if the `&` is part of the text, put the text in "
     "quotes"},
    {msg::CHAR_IN_ALIAS,
     "an alias name (`*name`) cannot hold this character; if the `*` is part of the text, put "
     "the text in quotes"},
    {msg::CHAR_IN_ANCHOR,
     "an anchor name (`&name`) cannot hold this character; if the `&` is part of the text, put "
     "the text in quotes"},
    {msg::ZERO_INDENT_IN_BLOCK,
     "the digit after `|` or `>` sets the text's indentation and cannot be 0; remove the 0"},
    {msg::CHAR_IN_BLOCK,
     "only a comment can follow `|` or `>` on its line; start the text on the next line, "
     "indented, or put the text in quotes if the `|` or `>` is part of it"},
    {msg::AMBIGUOUS_ANCHOR,
     "two values share one YAML anchor name; give each anchor (`&name`) its own name"},
    {msg::UNKNOWN_ANCHOR,
     "this alias (`*name`) refers to no anchor (`&name`) above it; define the anchor first, or "
     "put the text in quotes if the `*` is part of it"},
    {msg::UNMATCHED_GROUP_TAG,
     "a YAML tag here is not well formed; if the `!` is part of the text, put the text in "
     "quotes"},
    {msg::SINGLE_QUOTED_CHAR, "this character cannot appear in single quotes; use double quotes"},
    {msg::INVALID_ANCHOR,
     "this anchor (`&name`) is not well formed; if the `&` is part of the text, put the text in "
     "quotes"},
    {msg::INVALID_ALIAS,
     "this alias (`*name`) is not well formed; if the `*` is part of the text, put the text in "
     "quotes"},
    {msg::INVALID_TAG,
     "this YAML tag (`!`) is not well formed; if the `!` is part of the text, put the text in "
     "quotes"},
}};

constexpr std::string_view kGeneral =
    "the file stops being valid YAML here; check this line's quotes, colons and indentation";

// --- the source text around the parser's mark ----------------------------------------

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}
bool is_break(char c) {
  return c == '\n' || c == '\r';
}

/// One line of the source, split the way a plan's author writes it:
/// indentation, any `- ` item markers, a key and its `: `, a value.
struct Line {
  Offset begin = 0;             ///< first byte
  Offset end = 0;               ///< before the line break
  Offset content = 0;           ///< first byte after the leading blanks
  Offset key = 0;               ///< first byte after the `- ` markers
  std::optional<Offset> colon;  ///< the `:` that ends the key (outside quotes)
  bool item = false;            ///< starts with `- `
  bool tab = false;             ///< a tab among the leading blanks

  int indent() const { return static_cast<int>(content - begin); }
  int key_column() const { return static_cast<int>(key - begin); }
};

Line line_at(std::string_view s, Offset at) {
  Line line;
  line.begin = at;
  while (line.begin > 0 && !is_break(s[line.begin - 1]))
    --line.begin;
  line.end = at;
  while (line.end < s.size() && !is_break(s[line.end]))
    ++line.end;
  line.content = line.begin;
  while (line.content < line.end && is_blank(s[line.content])) {
    line.tab = line.tab || s[line.content] == '\t';
    ++line.content;
  }
  line.key = line.content;
  while (line.key + 1 < line.end && s[line.key] == '-' && s[line.key + 1] == ' ') {
    line.item = true;
    line.key += 2;
    while (line.key < line.end && s[line.key] == ' ')
      ++line.key;
  }
  if (line.item && line.key + 1 == line.end && s[line.key] == '-') line.key = line.end;
  // The key's `:` is the first one followed by a blank or the line's end,
  // outside a quoted key and before a comment.
  Offset i = line.key;
  if (i < line.end && (s[i] == '"' || s[i] == '\'')) {
    const char quote = s[i];
    for (++i; i < line.end && s[i] != quote; ++i) {
      if (quote == '"' && s[i] == '\\') ++i;
    }
    ++i;
  }
  for (; i < line.end; ++i) {
    if (s[i] == '#' && i > line.begin && is_blank(s[i - 1])) break;
    if (s[i] == ':' && (i + 1 == line.end || is_blank(s[i + 1]))) {
      line.colon = i;
      break;
    }
  }
  return line;
}

bool has_content(std::string_view s, const Line& line) {
  return line.content < line.end && s[line.content] != '#';
}

/// The nearest line above `line` with something to read.
std::optional<Line> line_above(std::string_view s, const Line& line) {
  Offset at = line.begin;
  while (at > 0) {
    --at;  // onto the previous line's break
    if (at > 0 && s[at] == '\n' && s[at - 1] == '\r') --at;
    const Line above = line_at(s, at);
    if (has_content(s, above) && s.compare(above.content, 3, "---") != 0) return above;
    at = above.begin;
  }
  return std::nullopt;
}

/// The indentations a line could mean, from the lines above it: the columns
/// of the keys and of the list items whose blocks are still open there.
struct Levels {
  std::vector<int> keys;
  std::vector<int> items;
};

Levels levels_above(std::string_view s, const Line& line) {
  Levels levels;
  int floor = INT_MAX;  // the least indentation of the lines between
  for (auto above = line_above(s, line); above; above = line_above(s, *above)) {
    if (above->item && above->indent() <= floor) levels.items.push_back(above->indent());
    if (above->colon && above->key_column() <= floor) levels.keys.push_back(above->key_column());
    floor = std::min(floor, above->indent());
    if (floor == 0 && !levels.keys.empty() && !levels.items.empty()) break;
  }
  return levels;
}

/// The level nearest to `indent`; the nearer line above wins a tie.
std::optional<int> nearest(const std::vector<int>& levels, int indent) {
  std::optional<int> best;
  for (const int level : levels) {
    if (!best || std::abs(level - indent) < std::abs(*best - indent)) best = level;
  }
  return best;
}

std::string spaces(int n) {
  return fmt::format("{} space{}", n, n == 1 ? "" : "s");
}

/// "this line is indented 3 spaces; the keys above it are at 2", when the
/// line that starts at its content is indented unlike any level above it.
std::optional<YamlDiagnosis> wrong_indentation(std::string_view s, const Line& line) {
  // A line that is neither a key nor an item may continue a text: its
  // indentation says nothing.
  if (!line.colon && !line.item) return std::nullopt;
  const Levels levels = levels_above(s, line);
  const int indent = line.indent();
  const auto expected = nearest(line.item ? levels.items : levels.keys, indent);
  if (!expected || *expected == indent) return std::nullopt;
  return YamlDiagnosis{
      {line.content, line.content + 1},
      line.item ? fmt::format("this list item is indented {}; the items above it are at {}",
                              spaces(indent), *expected)
                : fmt::format("this line is indented {}; the keys above it are at {}",
                              spaces(indent), *expected)};
}

/// The text with quotes around it, as YAML reads it back unchanged.
std::string quoted(std::string_view text) {
  if (text.find_first_of("\"\\") == std::string_view::npos) return fmt::format("\"{}\"", text);
  std::string out = "'";
  for (const char c : text) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

/// The line's value, up to a comment or the line's end.
Span value_span(std::string_view s, const Line& line) {
  Offset begin = line.colon ? *line.colon + 1 : line.key;
  while (begin < line.end && is_blank(s[begin]))
    ++begin;
  Offset end = line.end;
  for (Offset i = begin + 1; i < line.end; ++i) {
    if (s[i] == '#' && is_blank(s[i - 1])) {
      end = i;
      break;
    }
  }
  while (end > begin && is_blank(s[end - 1]))
    --end;
  return {begin, end};
}

/// The line written with its value in quotes: `title: "Q1: publish the plan"`.
std::string with_value_quoted(std::string_view s, const Line& line) {
  const Span value = value_span(s, line);
  const std::string_view text = s.substr(value.begin, value.end - value.begin);
  if (!line.colon) return fmt::format("{}{}", line.item ? "- " : "", quoted(text));
  const std::string_view key = s.substr(line.key, *line.colon - line.key);
  return fmt::format("{}: {}", key, quoted(text));
}

/// A character of a plain key such as `strategy` or `as_of`.
bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

/// The first tab among a line's leading blanks.
Offset first_tab(std::string_view s, const Line& line) {
  Offset at = line.begin;
  while (at < line.content && s[at] != '\t')
    ++at;
  return at;
}

std::optional<YamlDiagnosis> tab_in_indentation(std::string_view s, const Line& line,
                                                std::string_view parser_message) {
  if (line.tab) {
    const Offset tab = first_tab(s, line);
    return YamlDiagnosis{{tab, tab + 1}, std::string(plain_yaml_message(msg::TAB_IN_INDENTATION))};
  }
  if (parser_message != msg::TAB_IN_INDENTATION) return std::nullopt;
  // The parser may stop on the line after the one that holds the tab.
  if (const auto above = line_above(s, line); above && above->tab) {
    const Offset tab = first_tab(s, *above);
    return YamlDiagnosis{{tab, tab + 1}, std::string(plain_yaml_message(msg::TAB_IN_INDENTATION))};
  }
  return std::nullopt;
}

/// A character that YAML reserves, at the start of a value, or a `,` the
/// parser could not go on from.
YamlDiagnosis reserved_character(std::string_view s, Offset at, std::string_view parser_message) {
  const Line line = line_at(s, at);
  const char c = at < s.size() ? s[at] : ' ';
  const Span span{at, std::min<Offset>(at + 1, static_cast<Offset>(s.size()))};
  if (value_span(s, line).begin != at)
    return {span, std::string(plain_yaml_message(parser_message))};
  const std::string fix = with_value_quoted(s, line);
  switch (c) {
    case '&':
      return {span, fmt::format("`&` starts a YAML anchor (`&name`); to write it as text, "
                                "quote the text: `{}`",
                                fix)};
    case '*':
      if (parser_message == msg::UNKNOWN_ANCHOR) {
        const std::string_view alias = s.substr(at, value_span(s, line).end - at);
        if (alias.find_first_of(" \t") == std::string_view::npos) {
          return {span, fmt::format("`{}` refers to an anchor `&{}` that is not defined above "
                                    "it; define it, or quote the text: `{}`",
                                    alias, alias.substr(1), fix)};
        }
      }
      return {span, fmt::format("`*` starts a YAML alias (`*name`); to write it as text, quote "
                                "the text: `{}`",
                                fix)};
    case '!':
      return {span,
              fmt::format("`!` starts a YAML tag; to write it as text, quote the text: `{}`", fix)};
    case '|':
    case '>':
      return {span, fmt::format("`{}` starts a block of text on the lines below it; to write it "
                                "as text, quote the text: `{}`",
                                c, fix)};
    case '`':
      return {span, fmt::format("a value cannot start with a backquote in YAML; quote the "
                                "text: `{}`",
                                fix)};
    default:
      return {span,
              fmt::format("a value cannot start with `{}` in YAML; quote the text: `{}`", c, fix)};
  }
}

/// A `:` the parser would not take as the end of a key.
std::optional<YamlDiagnosis> misplaced_colon(std::string_view s, const Line& line, Offset at) {
  if (line.colon && *line.colon < at) {
    // `title: Q1: publish the plan`
    return YamlDiagnosis{
        {at, at + 1},
        fmt::format("a `: ` inside a value ends a key in YAML; quote the text: `{}`",
                    with_value_quoted(s, line))};
  }
  if (!line.colon || *line.colon != at) return std::nullopt;
  const auto above = line_above(s, line);
  if (above && !above->colon && !above->item && is_word_char(s[above->content])) {
    const auto key_level = nearest(levels_above(s, *above).keys, above->indent());
    if (!key_level || *key_level == above->indent()) {
      // `strategy` or `owner:ae` where a `key: value` belongs, and the parser
      // reads on into this line.
      const std::string_view text =
          s.substr(above->content, value_span(s, *above).end - above->content);
      const Span span{above->content, above->content + 1};
      if (const auto colon = text.find(':'); colon != std::string_view::npos) {
        return YamlDiagnosis{span, fmt::format("a key's `:` needs a space after it; write `{}: {}`",
                                               text.substr(0, colon), text.substr(colon + 1))};
      }
      if (std::all_of(text.begin(), text.end(), is_word_char)) {
        return YamlDiagnosis{span, fmt::format("this line has no `:` after its key; write `{}: "
                                               "value`, or `{}:` with its entries below it",
                                               text, text)};
      }
      return YamlDiagnosis{span, "this line has no `:` after its key; write it as `key: value`"};
    }
    // The line above continues a text over several lines, and this `: ` is in it.
    return YamlDiagnosis{{at, at + 1},
                         "a `: ` inside a value ends a key in YAML; put the whole text in quotes"};
  }
  return wrong_indentation(s, line);
}

/// A mapping or a list that ended on a line that does not belong to it.
std::optional<YamlDiagnosis> misplaced_line(std::string_view s, const Line& line, Offset at) {
  if (at != line.content) {
    // `title: "Q1" review`
    Offset before = at;
    while (before > line.content && is_blank(s[before - 1]))
      --before;
    if (before > line.content && (s[before - 1] == '"' || s[before - 1] == '\'')) {
      return YamlDiagnosis{
          {at, at + 1},
          fmt::format("text follows the closing quote; put the whole value in quotes: `{}`",
                      with_value_quoted(s, line))};
    }
    return std::nullopt;
  }
  if (auto wrong = wrong_indentation(s, line)) return wrong;
  if (line.item) {
    const Levels levels = levels_above(s, line);
    if (levels.items.empty() && !levels.keys.empty() && levels.keys.front() == line.indent()) {
      return YamlDiagnosis{{line.content, line.content + 1},
                           "a list item cannot stand among the keys of a mapping; put the list "
                           "under its key, indented (`goals:`, then `  - ...` on the lines below)"};
    }
  }
  return std::nullopt;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

}  // namespace

std::span<const YamlMessage> yaml_messages() {
  return kMessages;
}

std::string_view plain_yaml_message(std::string_view parser_message) {
  for (const YamlMessage& m : kMessages) {
    if (parser_message == m.parser) return m.plain;
  }
  // Some messages carry a detail: `unknown escape character: q`.
  for (const YamlMessage& m : kMessages) {
    if (m.parser.ends_with(": ") && starts_with(parser_message, m.parser)) return m.plain;
  }
  return kGeneral;
}

YamlDiagnosis diagnose_yaml_error(std::string_view s, std::string_view parser_message, Offset at,
                                  std::optional<Offset> open_flow) {
  at = std::min<Offset>(at, static_cast<Offset>(s.size()));
  const bool flow_end =
      parser_message == msg::END_OF_SEQ_FLOW || parser_message == msg::END_OF_MAP_FLOW;
  if (flow_end && open_flow) {
    // The parser marks where it gave up, often lines below; the bracket left
    // open is what to fix. (Tabs are allowed inside brackets.)
    return {{*open_flow, *open_flow + 1}, std::string(plain_yaml_message(parser_message))};
  }
  const Line line = line_at(s, at);
  if (auto tab = tab_in_indentation(s, line, parser_message)) return *tab;

  std::optional<YamlDiagnosis> found;
  if (parser_message == msg::MAP_VALUE) {
    found = misplaced_colon(s, line, at);
  } else if (parser_message == msg::END_OF_MAP || parser_message == msg::END_OF_SEQ ||
             parser_message == msg::BLOCK_ENTRY) {
    found = misplaced_line(s, line, at);
  } else if (parser_message == msg::UNKNOWN_TOKEN || parser_message == msg::ANCHOR_NOT_FOUND ||
             parser_message == msg::ALIAS_NOT_FOUND || parser_message == msg::UNKNOWN_ANCHOR ||
             parser_message == msg::CHAR_IN_BLOCK || parser_message == msg::CHAR_IN_TAG_HANDLE ||
             parser_message == msg::TAG_WITH_NO_SUFFIX ||
             parser_message == msg::END_OF_VERBATIM_TAG) {
    // The parser marks the reserved character, or (`& co`, `| co`) the one
    // after it.
    Offset start = at;
    const Span value = value_span(s, line);
    if (value.begin < at &&
        std::string_view("&*!|>").find(s[value.begin]) != std::string_view::npos) {
      start = value.begin;
    }
    found = reserved_character(s, start, parser_message);
  }
  if (found) return *found;
  return {{at, std::min<Offset>(at + 1, static_cast<Offset>(s.size()))},
          std::string(plain_yaml_message(parser_message))};
}

YamlDiagnosis diagnose_stuck_parser(std::string_view s, Offset at) {
  return reserved_character(s, at, msg::UNKNOWN_TOKEN);
}

}  // namespace plan::load
